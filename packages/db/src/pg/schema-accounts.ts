/**
 * Review, audit, accounts, uploads and digests on PostgreSQL, in lockstep with ../schema.ts (see
 * schema-corpus.ts). Sessions, tokens, lockouts, pending uploads, jobs and the data version (meta) live
 * here, in the database every API instance shares, not in any one process.
 */
import { AUDIT_ACTIONS, AUDIT_ENTITIES, DIGEST_ITEM_TYPES, JOB_KINDS, JOB_STATUSES, ROLES } from '@ipb/domain';
import { boolean, doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { json, nowIso, serialId } from './columns';

export const conflictSettlements = pgTable('conflict_settlements', {
  key: text('key').primaryKey(),
  chosen: text('chosen').notNull(),
  members: json<string[]>('members').notNull(),
  reason: text('reason').notNull(),
  actor: text('actor').notNull(),
  at: text('at').notNull(),
});

export const auditLog = pgTable('audit_log', {
  id: serialId('id'),
  at: text('at').notNull().default(nowIso),
  actor: text('actor').notNull(),
  action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
  entity: text('entity', { enum: AUDIT_ENTITIES }).notNull(),
  entityId: text('entity_id').notNull(),
  before: json<unknown>('before'),
  after: json<unknown>('after'),
  reason: text('reason'),
});

export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const users = pgTable('users', {
  id: serialId('id'),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  createdAt: text('created_at').notNull(),
});

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  expiresAt: text('expires_at').notNull(),
});

export const apiTokens = pgTable('api_tokens', {
  id: serialId('id'),
  tokenHash: text('token_hash').notNull().unique(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull().default(''),
});

export const loginFailures = pgTable('login_failures', {
  username: text('username').primaryKey(),
  failures: integer('failures').notNull(),
  lockedUntil: text('locked_until'),
  lastFailureAt: text('last_failure_at').notNull(),
});

export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  resetAt: text('reset_at').notNull(),
});

export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: JOB_KINDS }).notNull(),
    status: text('status', { enum: JOB_STATUSES }).notNull(),
    ownerId: integer('owner_id').notNull(),
    input: json<unknown>('input'),
    payload: text('payload'),
    progress: json<unknown>('progress').notNull(),
    result: json<unknown>('result'),
    problem: json<unknown>('problem'),
    claimedBy: text('claimed_by'),
    claimedUntil: text('claimed_until'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: text('created_at').notNull(),
    startedAt: text('started_at'),
    finishedAt: text('finished_at'),
  },
  (t) => [index('jobs_status_idx').on(t.status, t.createdAt)],
);

export const pendingUploads = pgTable('pending_uploads', {
  id: serialId('id'),
  fileName: text('file_name'),
  sha256: text('sha256').notNull(),
  rawText: text('raw_text').notNull(),
  extraction: json<unknown>('extraction').notNull(),
  uploadedBy: integer('uploaded_by')
    .notNull()
    .references(() => users.id),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull().default(''),
  confirmedSourceId: integer('confirmed_source_id'),
  confirmedAt: text('confirmed_at'),
});

export const digests = pgTable('digests', {
  id: serialId('id'),
  at: text('at').notNull(),
  triggerKind: text('trigger_kind').notNull(),
  triggerTitle: text('trigger_title').notNull(),
  sourceId: integer('source_id'),
  baseline: boolean('baseline').notNull(),
  counts: json<{ newMeasures: number; figures: number; targets: number }>('counts').notNull(),
});

export const digestItems = pgTable(
  'digest_items',
  {
    id: serialId('id'),
    digestId: integer('digest_id')
      .notNull()
      .references(() => digests.id, { onDelete: 'cascade' }),
    type: text('type', { enum: DIGEST_ITEM_TYPES }).notNull(),
    payload: json<Record<string, unknown>>('payload').notNull(),
  },
  (t) => [index('digest_items_digest_idx').on(t.digestId)],
);

export const digestSeenMeasures = pgTable('digest_seen_measures', {
  fingerprint: text('fingerprint').primaryKey(),
});

export const digestFigures = pgTable('digest_figures', {
  key: text('key').primaryKey(),
  value: doublePrecision('value').notNull(),
  valueAsWritten: doublePrecision('value_as_written').notNull(),
  flags: json<string[]>('flags').notNull(),
});
