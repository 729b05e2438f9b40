/**
 * Preload for the index census (scripts/census/index-census.ts): records every distinct statement
 * that better-sqlite3 prepares in this process, with the first frame of the project's own code that
 * prepared it, one JSON object per line, into $IPB_CAPTURE_SQL.<pid>.
 *   NODE_OPTIONS="--require $PWD/scripts/census/capture-sql.cjs" IPB_CAPTURE_SQL=/tmp/sql npx vitest run --project api
 */
const { appendFileSync } = require('node:fs');
const target = process.env.IPB_CAPTURE_SQL;
if (target) {
  const Database = require(require.resolve('better-sqlite3', { paths: [process.cwd()] }));
  const seen = new Set();
  const file = `${target}.${process.pid}`;
  const prepare = Database.prototype.prepare;
  const own = /\/(packages|apps|scripts)\/[^:()]*?\.(ts|tsx|mjs|js)(?=:)/;
  Database.prototype.prepare = function (sql, ...rest) {
    if (typeof sql === 'string' && !seen.has(sql)) {
      seen.add(sql);
      const frames = (new Error().stack ?? '').split('\n').slice(2);
      const from = frames
        .map((f) => f.match(own)?.[0])
        .filter((f) => f && !f.includes('/node_modules/') && !f.includes('/scripts/census/'))
        .slice(0, 6);
      appendFileSync(file, `${JSON.stringify({ sql, from })}\n`);
    }
    return prepare.call(this, sql, ...rest);
  };
}
