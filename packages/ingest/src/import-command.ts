/**
 * `ingest import <file or folder>`: extract and write into DATABASE_PATH, one transaction per
 * source, with a progress bar on a terminal (a line per file otherwise). Exit 0 when every file
 * was imported or unchanged, 2 when some could not be read (the others are still imported).
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { HINTS_USAGE, parseHints } from './cli-hints';
import { IngestInputError } from './errors';
import { type FileOutcome, importFiles, listInputFiles } from './import-files';
import { findDataDir } from './load-context';

function describe(outcome: FileOutcome): string {
  if (!outcome.ok) return `skipped: ${outcome.error}`;
  const r = outcome.report;
  if (r.status === 'unchanged') return 'unchanged (same bytes already imported)';
  const what = `${r.articles} articles, ${r.measures} measures, ${r.observations} figures`;
  const skipped = r.skippedWithoutRegion ? `; ${r.skippedWithoutRegion} figures without a place not stored` : '';
  return `${r.status === 'replaced' ? 'replaced the earlier version' : 'imported'}: ${what}${skipped}`;
}

function progressBar(done: number, total: number): string {
  const width = 24;
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

export async function runImport(args: string[]): Promise<void> {
  const usage = `import <file or folder> ${HINTS_USAGE}`;
  const { rest: targets, hints } = parseHints(args, usage);
  const [target, ...rest] = targets;
  if (!target || rest.length) throw new IngestInputError('usage', `Usage: ingest ${usage}`);
  if (!existsSync(target)) throw new IngestInputError('file_unreadable', `${target} does not exist: check the path.`);
  const files = listInputFiles(target);
  if (!files.length) throw new IngestInputError('usage', `${target} holds no .txt or .md file to import.`);
  const dataDir = findDataDir();
  const databasePath = resolve(process.env.DATABASE_PATH ?? resolve(dataDir, '..', 'var/ipb.sqlite'));
  const tty = process.stderr.isTTY;
  const outcomes = await importFiles(databasePath, dataDir, files, hints, (done, total, outcome) => {
    const line = `${relative(process.cwd(), outcome.file)}: ${describe(outcome)}`;
    if (tty) process.stderr.write(`\r\x1b[K${line}\n${progressBar(done, total)}`);
    else process.stderr.write(`${line}\n`);
  });
  if (tty) process.stderr.write('\n');
  const failed = outcomes.filter((o) => !o.ok).length;
  process.stdout.write(`${outcomes.length - failed} of ${outcomes.length} files in ${databasePath}\n`);
  if (failed)
    throw new IngestInputError(
      'file_unreadable',
      `${failed} file(s) could not be imported (see above); the others were.`,
    );
}
