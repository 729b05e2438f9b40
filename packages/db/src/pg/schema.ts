/**
 * The PostgreSQL schema: the same tables as ../schema.ts under the same names, so a query can be
 * written once against whichever schema its engine opened (docs/decisions/016).
 */
export * from './schema-accounts';
export * from './schema-corpus';
export * from './schema-serving';
