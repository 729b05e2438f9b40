/**
 * Row schemas derived from the drizzle tables by drizzle-zod, so a row's shape and its code lists
 * are written once, in the table (whose enums are packages/domain's lists). The types that write
 * or read a whole row in this package come from here instead of being written out again.
 *
 * API shapes stay in packages/domain (the web app imports domain only, and domain imports only zod):
 * where one mirrors a row, test/row-schemas.test.ts holds it to the row schema here, key by key,
 * with each deliberate difference named there.
 */
import { ExtractionResultSchema } from '@ipb/domain';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import type { z } from 'zod';
import * as schema from './schema';

/** A whole row of each table, as drizzle reads it (SQLite's schema; the PostgreSQL one is held to it). */
export const ROW_SCHEMAS = {
  regions: createSelectSchema(schema.regions),
  themes: createSelectSchema(schema.themes),
  indicators: createSelectSchema(schema.indicators),
  sources: createSelectSchema(schema.sources),
  measures: createSelectSchema(schema.measures),
  observations: createSelectSchema(schema.observations),
  conflictSettlements: createSelectSchema(schema.conflictSettlements),
  periodValues: createSelectSchema(schema.periodValues),
  auditLog: createSelectSchema(schema.auditLog),
  users: createSelectSchema(schema.users),
  apiTokens: createSelectSchema(schema.apiTokens),
  jobs: createSelectSchema(schema.jobs),
  pendingUploads: createSelectSchema(schema.pendingUploads, { extraction: ExtractionResultSchema }),
  digests: createSelectSchema(schema.digests),
  digestItems: createSelectSchema(schema.digestItems),
};

/** An audit entry as a writer gives it: the row without its id and time, which the insert sets. */
export const AuditEntryInputSchema = createInsertSchema(schema.auditLog).omit({ id: true, at: true });
export type AuditEntry = z.input<typeof AuditEntryInputSchema>;

/** An account as login reads it: the whole users row (the password hash never leaves the API). */
export type UserRow = z.infer<typeof ROW_SCHEMAS.users>;

/** An upload waiting for confirmation: the whole row, its extraction parsed. */
export type PendingUploadRow = z.infer<typeof ROW_SCHEMAS.pendingUploads>;
