/** The score table and detail lists that the seed and held-out evaluations print alike. */
import type { DetailItem, ScoreReport } from './score';

export const pct = (x: number | null) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** The header of the score table. */
export function header(label: string, width: number): string {
  return [
    label.padEnd(width),
    'place acc (ok/n) wrong'.padEnd(24),
    'measures P      R      F1     tp/fp/fn'.padEnd(41),
    ' figures P      R      F1     tp/fp/fn'.padEnd(42),
    ' value  kind   period measure status',
    ' repeats',
    '  links P  R      tp/fp/fn',
  ].join(' ');
}

const counts = (x: { tp: number; fp: number; fn: number }) =>
  `${String(x.tp).padStart(3)}/${String(x.fp).padStart(2)}/${String(x.fn).padStart(2)}`;

/**
 * One row: name; place accuracy with the count of wrong places (a place left empty and flagged for
 * review is not wrong); measures and figures P/R/F1 tp/fp/fn; value, kind, period, measure-axis and
 * status-axis accuracy; repeated facts merged/all (+ extra observations); links P/R.
 */
export function row(name: string, r: ScoreReport, width: number): string {
  const m = r.measures;
  const f = r.figures;
  const a = r.articles;
  const rep = r.repeats.facts ? `${r.repeats.merged}/${r.repeats.facts}+${r.repeats.extra}` : '—';
  return [
    name.padEnd(width),
    `${pct(a.regionAccuracy)} (${a.regionCorrect}/${a.total}) ${a.regionWrong}`.padEnd(24),
    `${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}  ${counts(m)}`,
    `  ${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)}  ${counts(f)}`,
    `  ${pct(f.valueAccuracy)} ${pct(f.kindAccuracy)} ${pct(f.periodAccuracy)} ${pct(f.measureAccuracy)} ${pct(f.statusAccuracy)}`,
    ` ${rep.padEnd(7)}`,
    r.links ? ` ${pct(r.links.precision)} ${pct(r.links.recall)}  ${counts(r.links)}` : '  —',
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
