import { defineConfig } from 'drizzle-kit';

// PostgreSQL's migrations, from the schema kept in lockstep with SQLite's (docs/decisions/016).
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/pg/schema.ts',
  out: './packages/db/drizzle-pg',
});
