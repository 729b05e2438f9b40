/**
 * Reading a zod 4 field as data, to compare drizzle-zod's row schemas with packages/domain's:
 * the code list it allows, whether it takes null, and its scalar type, past optional, default and
 * nullable wrappers.
 */
import { is, type Table } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  entries?: Record<string, string>;
}
const defOf = (s: z.ZodType) => s.def as unknown as Def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly']);

function unwrapped(s: z.ZodType): z.ZodType {
  const def = defOf(s);
  return WRAPPERS.has(def.type) && def.innerType ? unwrapped(def.innerType) : s;
}

/** The field's code list, sorted, or null when it is not an enum. */
export function enumOptions(s: z.ZodType): string[] | null {
  const def = defOf(unwrapped(s));
  return def.type === 'enum' && def.entries ? Object.values(def.entries).sort() : null;
}

/** Whether the field takes null; 'any' for unknown or any, which take everything. */
export function fieldNullable(s: z.ZodType): boolean | 'any' {
  const def = defOf(s);
  if (def.type === 'nullable') return true;
  if (def.type === 'unknown' || def.type === 'any') return 'any';
  return WRAPPERS.has(def.type) && def.innerType ? fieldNullable(def.innerType) : false;
}

/** 'string', 'number' or 'boolean' for a scalar field (an enum is compared by its list), else null. */
export function scalarKind(s: z.ZodType): string | null {
  const type = defOf(unwrapped(s)).type;
  return ['string', 'number', 'boolean'].includes(type) ? type : null;
}

/** A schema module's tables by export name (the same names on both engines). */
export function tablesOf(schema: Record<string, unknown>): Record<string, Table> {
  return Object.fromEntries(
    Object.entries(schema).filter(([, t]) => is(t, SQLiteTable) || is(t, PgTable)) as Array<[string, Table]>,
  );
}
