/** The score table and detail lists that the seed and held-out evaluations print alike. */
import type { DetailItem, ScoreReport } from './score';

export const pct = (x: number | null) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** The header of the score table. */
export function header(label: string, width: number): string {
  return `${label.padEnd(width)} ${'region acc'.padEnd(18)} ${'measures P      R      F1     tp/fp/fn'.padEnd(41)}  ${'figures P      R      F1     tp/fp/fn'.padEnd(41)}  value  kind   period   links P  R      tp/fp/fn`;
}

/** One row: name, region accuracy, measures P/R/F1 tp/fp/fn, figures P/R/F1 tp/fp/fn, value/kind/period. */
export function row(name: string, r: ScoreReport, width: number): string {
  const m = r.measures;
  const f = r.figures;
  return [
    name.padEnd(width),
    `${pct(r.articles.regionAccuracy)} (${r.articles.regionCorrect}/${r.articles.total})`.padEnd(18),
    `${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}  ${String(m.tp).padStart(3)}/${String(m.fp).padStart(2)}/${String(m.fn).padStart(2)}`,
    `  ${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)}  ${String(f.tp).padStart(3)}/${String(f.fp).padStart(2)}/${String(f.fn).padStart(2)}`,
    `  ${pct(f.valueAccuracy)} ${pct(f.kindAccuracy)} ${pct(f.periodAccuracy)}`,
    r.links
      ? `  ${pct(r.links.precision)} ${pct(r.links.recall)}  ${String(r.links.tp).padStart(3)}/${String(r.links.fp).padStart(2)}/${String(r.links.fn).padStart(2)}`
      : '  —',
  ].join(' ');
}

function context(text: string, item: { start: number; end: number | null }): string {
  const end = item.end ?? item.start + 12;
  const before = text.slice(Math.max(0, item.start - 10), item.start);
  const after = text.slice(end, end + 10);
  return `${before}[${text.slice(item.start, end)}]${after}`.replace(/\s+/g, ' ');
}

function list(title: string, items: DetailItem[], text: string): void {
  if (items.length === 0) return;
  console.log(`  ${title} (${items.length}):`);
  for (const it of items) {
    console.log(
      `    ${it.type.padEnd(7)} @${String(it.start).padStart(5)}  ${it.text.replace(/\s+/g, ' ')}   … ${context(text, it)}`,
    );
  }
}

/** What a text's evaluation got wrong: missed and spurious items, then attribute mismatches. */
export function details(report: ScoreReport, text: string): void {
  const { missed, spurious, mismatches } = report.details;
  list('missed', missed, text);
  list('spurious', spurious, text);
  if (mismatches.length === 0) return;
  console.log(`  attribute mismatches (${mismatches.length}):`);
  for (const m of mismatches) {
    console.log(
      `    ${m.field.padEnd(10)} @${String(m.start).padStart(5)}  ${m.text}  gold=${m.gold} predicted=${m.predicted}`,
    );
  }
}
