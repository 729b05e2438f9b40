/**
 * `ingest <command> …` — a table of commands so more can be added (the lead adds `import`).
 * `extract <file>` prints one JSON document, the validated ExtractionResult, to stdout and nothing
 * else. Errors: one sentence on stderr; exit 2 for bad input or usage, 1 for anything unexpected.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ExtractionResultSchema } from '@ipb/domain';
import { HINTS_USAGE, parseHints } from './cli-hints';
import { IngestInputError } from './errors';
import { extract } from './extract';
import { runImport } from './import-command';
import { findDataDir, loadIngestContext } from './load-context';

export interface Command {
  usage: string;
  run(args: string[]): Promise<void>;
}

function readInputFile(path: string): Buffer {
  try {
    if (statSync(path).isDirectory())
      throw new IngestInputError('usage', `${path} is a folder: give one text file to extract.`);
    return readFileSync(path);
  } catch (err) {
    if (err instanceof IngestInputError) throw err;
    throw new IngestInputError('file_unreadable', `Cannot read ${path}: check the path and its permissions.`);
  }
}

async function runExtract(args: string[]): Promise<void> {
  const usage = COMMANDS.extract!.usage.split(/\s{2,}/)[0]!;
  const { rest: files, hints } = parseHints(args, usage);
  const [file, ...rest] = files;
  if (!file || rest.length > 0) throw new IngestInputError('usage', `Usage: ingest ${usage}`);
  const bytes = readInputFile(file);
  const context = await loadIngestContext(findDataDir());
  const result = ExtractionResultSchema.parse(extract(bytes, { ...context, fileName: basename(file), hints }));
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

export const COMMANDS: Record<string, Command> = {
  extract: {
    usage: `extract <file> ${HINTS_USAGE}   extract articles, measures and figures as JSON`,
    run: runExtract,
  },
  import: {
    usage: `import <file or folder> ${HINTS_USAGE}   extract and write into DATABASE_PATH`,
    run: runImport,
  },
};

function usage(): string {
  return `Usage: npm run ingest -- <command>, where command is one of: ${Object.values(COMMANDS)
    .map((c) => c.usage.split(/\s{2,}/)[0])
    .join('; ')}.`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new IngestInputError('usage', name ? `Unknown command “${name}”. ${usage()}` : usage());
    await command.run(args);
    return 0;
  } catch (err) {
    if (err instanceof IngestInputError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    const detail =
      err instanceof Error && err.name === 'ZodError'
        ? 'the result did not match the output schema'
        : err instanceof Error
          ? err.message.split('\n')[0]
          : String(err);
    process.stderr.write(`Extraction failed unexpectedly (${detail}); please report it with the input file.\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && /cli\.[tj]s$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
