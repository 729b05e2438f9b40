/**
 * One held-out set (texts in a folder, gold labelled by reading them): run the extractor on it,
 * score it with the seed scorer (./score.ts), print the same table as ./evaluate.ts. The
 * evaluate-heldout script of each set (heldout, heldout2, heldout3) describes its set and calls
 * these; run one as a script:
 *
 *   npx tsx packages/ingest/test/heldout3/evaluate-heldout3.ts [--json]
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ExtractionResult, ExtractionResultSchema } from '@ipb/domain';
import { extract, loadIngestContext } from '../../src/index';
import { DATA_DIR, parseGold } from './gold';
import { details, header, pct, row } from './print';
import { combine, type ScoreReport, score } from './score';

export interface HeldoutSet {
  /** Heading of the table's first column (held-out-2 text). */
  label: string;
  textDir: string;
  names: string[];
  goldPath: (name: string) => string;
  /** The text as the gold's offsets read it (UTF-8 without BOM, or GB18030). */
  decode: (name: string) => string;
}

export async function runHeldout(set: HeldoutSet): Promise<Map<string, ExtractionResult>> {
  const ctx = await loadIngestContext(DATA_DIR);
  const out = new Map<string, ExtractionResult>();
  for (const name of set.names) {
    const bytes = readFileSync(join(set.textDir, name));
    // The metadata that came with the text (URL, publisher), as an uploader would give it.
    const hints = parseGold(JSON.parse(readFileSync(set.goldPath(name), 'utf8'))).hints;
    out.set(name, await extract(bytes, { ...ctx, fileName: name, ...(hints ? { hints } : {}) }));
  }
  return out;
}

export interface HeldoutEvaluation {
  reports: [string, ScoreReport][];
  overall: ScoreReport;
  /** Per text: contract violations and indicator spans that are not text.slice(start, end). */
  problems: Map<string, string[]>;
}

export function scoreHeldout(set: HeldoutSet, results: Map<string, ExtractionResult>): HeldoutEvaluation {
  const reports: [string, ScoreReport][] = [];
  const problems = new Map<string, string[]>();
  for (const [name, result] of results) {
    const p: string[] = [];
    const parsed = ExtractionResultSchema.safeParse(result);
    if (!parsed.success) {
      p.push(`result violates the ExtractionResult contract: ${parsed.error.issues.length} issue(s)`);
      for (const issue of parsed.error.issues.slice(0, 5)) p.push(`  ${issue.path.join('.')}: ${issue.message}`);
    }
    const text = set.decode(name);
    const bad = result.articles.flatMap((a) => a.indicators).filter((i) => text.slice(i.start, i.end) !== i.text);
    if (bad.length > 0) p.push(`${bad.length} indicator(s) whose text is not text.slice(start, end)`);
    problems.set(name, p);
    reports.push([name, score(result, parseGold(JSON.parse(readFileSync(set.goldPath(name), 'utf8'))))]);
  }
  return { reports, overall: combine(reports.map(([, r]) => r)), problems };
}

export function printHeldout(set: HeldoutSet, ev: HeldoutEvaluation, results: Map<string, ExtractionResult>): void {
  console.log(header(set.label, 30));
  for (const [name, r] of ev.reports) console.log(row(name, r, 30));
  console.log(row('overall', ev.overall, 30));
  const o = ev.overall.articles;
  console.log(
    `articles: P ${pct(o.precision)} R ${pct(o.recall)} F1 ${pct(o.f1)} (${o.tp}/${o.fp}/${o.fn}); valueMax acc ${pct(ev.overall.figures.valueMaxAccuracy)}`,
  );
  for (const [name, r] of ev.reports) {
    const text = set.decode(name);
    for (const p of ev.problems.get(name) ?? []) console.warn(`${name}: ${p}`);
    const res = results.get(name)!;
    console.log(
      `\n${name}  (encoding ${res.source.encoding}, kind ${res.source.kind}, articles ${res.articles.length}, issues ${res.issues.map((i) => i.code).join(',') || '—'})`,
    );
    details(r, text);
  }
}

/** Run a set's evaluate-heldout*.ts as a script: print the table, or JSON with --json. */
export function runAsScript(set: HeldoutSet, moduleUrl: string): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  const main = async () => {
    const results = await runHeldout(set);
    const ev = scoreHeldout(set, results);
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify({ texts: Object.fromEntries(ev.reports), overall: ev.overall }, null, 2));
      return;
    }
    printHeldout(set, ev, results);
  };
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
