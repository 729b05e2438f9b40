/**
 * Scores the extractor against the gold standard of both seed bulletins.
 *
 *   npx tsx packages/ingest/test/eval/evaluate.ts [--json]
 */
import { pathToFileURL } from 'node:url';
import { type ExtractionResult, ExtractionResultSchema } from '@ipb/domain';
import { loadGold, loadSeedText, SEEDS } from './gold';
import { details, header, row } from './print';
import { extractorAvailable, runSeeds } from './run';
import { combine, type ScoreReport, score } from './score';

/** Scores the results of the seeds and prints the table (or JSON); returns the per-seed reports. */
export function evaluateResults(results: Map<string, ExtractionResult>, json = false): [string, ScoreReport][] {
  const reports: [string, ScoreReport][] = [];
  for (const [seed, result] of results) {
    const parsed = ExtractionResultSchema.safeParse(result);
    if (!parsed.success) {
      console.warn(`${seed}: result violates the ExtractionResult contract: ${parsed.error.issues.length} issue(s)`);
      for (const issue of parsed.error.issues.slice(0, 5)) console.warn(`  ${issue.path.join('.')}: ${issue.message}`);
    }
    const text = loadSeedText(seed);
    const badSpans = result.articles.flatMap((a) => a.indicators).filter((i) => text.slice(i.start, i.end) !== i.text);
    if (badSpans.length > 0) {
      console.warn(`${seed}: ${badSpans.length} indicator(s) whose text is not text.slice(start, end)`);
    }
    reports.push([seed, score(result, loadGold(seed))]);
  }
  const overall = combine(reports.map(([, r]) => r));
  if (json) {
    console.log(JSON.stringify({ seeds: Object.fromEntries(reports), overall }, null, 2));
    return reports;
  }
  console.log(header('seed', 26));
  for (const [seed, r] of reports) console.log(row(seed, r, 26));
  console.log(row('overall', overall, 26));
  for (const [seed, r] of reports) {
    const text = loadSeedText(seed);
    const { missed, spurious, mismatches } = r.details;
    if (missed.length + spurious.length + mismatches.length === 0) continue;
    console.log(`\n${seed}`);
    details(r, text);
  }
  return reports;
}

async function main(): Promise<void> {
  if (!extractorAvailable) {
    console.error('packages/ingest/src/index.ts does not exist yet: nothing to evaluate.');
    process.exit(2);
  }
  evaluateResults(await runSeeds(SEEDS), process.argv.includes('--json'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
