/**
 * Rows written once: drizzle-zod's row schemas (src/row-schemas.ts) against the two engines' tables
 * and against the API shapes in packages/domain that mirror a row. A code list added to one engine's
 * column and not the other's, a column named like a code left as free text, or an API shape that
 * drifts from its row (a key, a code list, nullability, a type) fails here.
 */
import {
  ApiTokenSchema,
  AuditEntrySchema,
  IndicatorSchema,
  JobSchema,
  RegionSchema,
  SourceSummarySchema,
  ThemeSchema,
  UserSchema,
} from '@ipb/domain';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { createSelectSchema } from 'drizzle-zod';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as pgSchema from '../src/pg/schema';
import { AuditEntryInputSchema, ROW_SCHEMAS } from '../src/row-schemas';
import * as sqliteSchema from '../src/schema';
import { enumOptions, fieldNullable, scalarKind, tablesOf } from './support/zod-fields';

/** Columns whose name says "a code" but whose values are open: each with the reason. */
const FREE_TEXT = {
  'digests.trigger_kind': 'what set off a digest: a source type, csv, manual or reference, open to new importers',
  'instrument_terms.term_kind':
    "a term kind's id from data/taxonomy/instruments.json: data an editor extends, like the instrument ids beside it",
};
const CODE_NAME = /(^|_)(kind|type|status|level|role|action|entity|authority|theme_id)$/;

describe('code lists on both engines (drizzle-zod row schemas)', () => {
  const sqlite = tablesOf(sqliteSchema);
  const pg = tablesOf(pgSchema);

  it.each(Object.keys(sqlite))('%s: the same code list on each column of both engines', (name) => {
    const a = createSelectSchema(sqlite[name] as SQLiteTable).shape as Record<string, z.ZodType>;
    const pgTable = pg[name];
    expect(pgTable, `${name} on PostgreSQL`).toBeDefined();
    const b = createSelectSchema(pgTable as never).shape as Record<string, z.ZodType>;
    for (const [key, field] of Object.entries(a)) {
      expect(enumOptions(b[key] as z.ZodType), `${name}.${key}`).toEqual(enumOptions(field));
    }
  });

  it('gives every column named like a code its list from packages/domain, or a reason not to', () => {
    const uncoded: string[] = [];
    for (const table of Object.values(sqlite)) {
      const name = getTableName(table);
      const shape = createSelectSchema(table as SQLiteTable).shape as Record<string, z.ZodType>;
      for (const [key, column] of Object.entries(getTableColumns(table))) {
        const code = `${name}.${column.name}`;
        if (!CODE_NAME.test(column.name) || code in FREE_TEXT) continue;
        if (!enumOptions(shape[key] as z.ZodType)) uncoded.push(code);
      }
    }
    expect(Object.keys(sqlite).length).toBeGreaterThan(20);
    expect(uncoded).toEqual([]);
  });

  it('refuses a value outside a list, as the API would', () => {
    expect(ROW_SCHEMAS.regions.shape.level.safeParse('city').success).toBe(false);
    expect(ROW_SCHEMAS.periodValues.shape.kind.safeParse('actual').success).toBe(true);
    expect(
      AuditEntryInputSchema.safeParse({ actor: 'a', action: 'restore', entity: 'upload', entityId: '1' }).success,
    ).toBe(true);
    expect(
      AuditEntryInputSchema.safeParse({ actor: 'a', action: 'erase', entity: 'upload', entityId: '1' }).success,
    ).toBe(false);
  });
});

interface Mirror {
  api: z.ZodObject;
  row: z.ZodObject;
  /** API key → row key, where the API names a column otherwise. */
  renamed?: Record<string, string>;
  /** Keys the API adds or leaves out, deliberately (the reason is in the comment beside each). */
  apiOnly?: string[];
  rowOnly?: string[];
}

const MIRRORS: Record<string, Mirror> = {
  Region: { api: RegionSchema, row: ROW_SCHEMAS.regions },
  // position: the list's order, given by the order of the list itself.
  Theme: { api: ThemeSchema, row: ROW_SCHEMAS.themes, rowOnly: ['position'] },
  // theme: data/taxonomy/indicators.json's name for the column, which the API keeps.
  Indicator: { api: IndicatorSchema, row: ROW_SCHEMAS.indicators, renamed: { theme: 'themeId' } },
  AuditEntry: { api: AuditEntrySchema, row: ROW_SCHEMAS.auditLog },
  // The password hash never leaves the server; when an account was made is not shown.
  User: { api: UserSchema, row: ROW_SCHEMAS.users, rowOnly: ['passwordHash', 'createdAt'] },
  // Only the hash of a token is stored, and it is not shown; a list is per owner.
  ApiToken: { api: ApiTokenSchema, row: ROW_SCHEMAS.apiTokens, rowOnly: ['tokenHash', 'userId'] },
  // A list's summary: the identity key, document details and the raw file name are in the detail views.
  SourceSummary: {
    api: SourceSummarySchema,
    row: ROW_SCHEMAS.sources,
    rowOnly: ['key', 'documentNumber', 'description', 'date', 'authorityOverridden', 'fileName'],
  },
  // A job's input and bytes, owner and claim (its lease and how many claims it had) are the
  // server's; statusUrl is where to ask again.
  Job: {
    api: JobSchema,
    row: ROW_SCHEMAS.jobs,
    apiOnly: ['statusUrl'],
    rowOnly: ['ownerId', 'input', 'payload', 'claimedBy', 'startedAt', 'claimedUntil', 'attempts'],
  },
};

describe('API shapes in packages/domain that mirror a row', () => {
  it.each(Object.keys(MIRRORS))('%s has its row’s keys, code lists, nullability and types', (name) => {
    const m = MIRRORS[name] as Mirror;
    const renamed = m.renamed ?? {};
    const apiKeys = Object.keys(m.api.shape).filter((k) => !m.apiOnly?.includes(k));
    const rowKeys = Object.keys(m.row.shape).filter((k) => !m.rowOnly?.includes(k));
    expect(apiKeys.map((k) => renamed[k] ?? k).sort()).toEqual(rowKeys.sort());
    for (const key of apiKeys) {
      const api = m.api.shape[key] as z.ZodType;
      const row = m.row.shape[renamed[key] ?? key] as z.ZodType;
      expect(enumOptions(api), `${name}.${key}: code list`).toEqual(enumOptions(row));
      const nullable = fieldNullable(api);
      if (nullable !== 'any') expect(nullable, `${name}.${key}: null`).toBe(fieldNullable(row));
      const kind = scalarKind(row);
      if (kind) expect(scalarKind(api), `${name}.${key}: type`).toBe(kind);
    }
  });
});
