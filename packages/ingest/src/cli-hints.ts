/**
 * The source hints a CLI command accepts (--url, --publisher, --place, as `--flag value` or
 * `--flag=value`): what the uploader knows about a text that the text may not say, evidence of the
 * place 我市/全区 is (place-context.ts). Anything else starting with -- is a usage error.
 */
import { type SourceHints, SourceHintsSchema } from '@ipb/domain';
import { IngestInputError } from './errors';

const FLAGS = { '--url': 'url', '--publisher': 'publisher', '--place': 'place' } as const;
export const HINTS_USAGE = '[--url <address>] [--publisher <name>] [--place <place name or code>]';

export function parseHints(args: string[], usage: string): { rest: string[]; hints: SourceHints } {
  const rest: string[] = [];
  const hints: SourceHints = {};
  for (let k = 0; k < args.length; k++) {
    const arg = args[k]!;
    if (!arg.startsWith('--')) {
      rest.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    const key = FLAGS[flag as keyof typeof FLAGS];
    if (!key) throw new IngestInputError('usage', `Unknown option ${flag}. Usage: ingest ${usage}`);
    const value = inline ?? args[++k];
    if (value === undefined || value.trim() === '')
      throw new IngestInputError('usage', `${flag} needs a value. Usage: ingest ${usage}`);
    hints[key] = value.trim();
  }
  const parsed = SourceHintsSchema.safeParse(hints);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new IngestInputError('usage', `--${String(first?.path[0])}: ${first?.message ?? 'invalid'}.`);
  }
  return { rest, hints: parsed.data };
}
