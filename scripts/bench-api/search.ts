/**
 * The search indexes against a LIKE scan over the same text, on 50 policy terms: p95 of finding
 * every match both ways, and the index's recall against LIKE (the share of LIKE's matches the index
 * also finds), for measures (title and text), figures (subject and quote) and programme names.
 * Run in-process on the benchmark database.
 */
import { createDb, type DbHandle, figureIds, measureIdsMatching, newestMeasureIds, searchPrograms } from '@ipb/db';
import type { Corpus } from './corpus';

/** Words a reader of the bulletin searches for: 2-character words first, then longer ones. */
// biome-ignore format: a table of terms reads better ten to a line
export const POLICY_TERMS = [
  '人才', '金融', '研发', '科技', '创新', '专利', '融资', '贷款', '基金', '补贴',
  '奖励', '税收', '平台', '园区', '企业', '高校', '院士', '博士', '投资', '担保',
  '保险', '标准', '认定', '养老', '招商', '场景', '示范', '创业', '孵化', '转化',
  '孵化器', '实验室', '产业园', '新能源', '机器人', '制造业', '首台套', '产学研',
  '知识产权', '成果转化', '数字经济', '人工智能', '生物医药', '集成电路', '研发投入',
  '技术合同', '众创空间', '新质生产力', '高新技术企业', '科技型中小企业',
];

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

type Ids = Array<number | string>;

interface Target {
  name: string;
  like: (q: string) => Ids;
  /** Async where the query module runs on the two-engine Db (docs/decisions/016). */
  indexed: (q: string) => Ids | Promise<Ids>;
}

async function compare(target: Target): Promise<string> {
  for (const q of POLICY_TERMS.slice(0, 3)) {
    target.like(q);
    await target.indexed(q);
  }
  const likeMs: number[] = [];
  const indexMs: number[] = [];
  let found = 0;
  let expected = 0;
  for (const q of POLICY_TERMS) {
    const a = await timed(() => target.like(q));
    const b = await timed(() => target.indexed(q));
    likeMs.push(a.ms);
    indexMs.push(b.ms);
    const hits = new Set(b.value);
    expected += a.value.length;
    found += a.value.filter((id) => hits.has(id)).length;
  }
  const ratio = p95(indexMs) / Math.max(p95(likeMs), 1e-6);
  return `| ${target.name} | ${p95(indexMs).toFixed(2)} ms | ${p95(likeMs).toFixed(2)} ms | ${ratio.toFixed(3)} | ${(found / Math.max(expected, 1)).toFixed(3)} (${found} of ${expected}) |`;
}

function targets(handle: DbHandle): Target[] {
  const ids = (sql: string, q: string) =>
    (handle.sqlite.prepare(sql).all(`%${q}%`, `%${q}%`) as Array<{ id: number | string }>).map((r) => r.id);
  return [
    {
      name: 'measures',
      like: (q) =>
        ids("SELECT id FROM measures WHERE review_status <> 'rejected' AND (title LIKE ? OR text LIKE ?)", q),
      indexed: (q) => measureIdsMatching(handle.engine, q),
    },
    {
      name: 'measures, newest 10 (what /api/search asks)',
      like: (q) =>
        ids(
          "SELECT id FROM measures WHERE review_status <> 'rejected' AND (title LIKE ? OR text LIKE ?) ORDER BY id DESC LIMIT 10",
          q,
        ),
      indexed: (q) => newestMeasureIds(handle.engine, q, 10),
    },
    {
      name: 'figures',
      like: (q) =>
        ids("SELECT id FROM observations WHERE review_status <> 'rejected' AND (subject LIKE ? OR quote LIKE ?)", q),
      indexed: (q) => figureIds(handle.engine, q),
    },
    {
      name: 'programmes',
      like: (q) => ids('SELECT name AS id FROM program_names WHERE measures > 0 AND (name LIKE ? OR name LIKE ?)', q),
      indexed: async (q) => (await searchPrograms(handle.engine, q, 100_000)).map((p) => p.name),
    },
  ];
}

export async function searchBench(c: Corpus): Promise<void> {
  const handle = createDb(c.path);
  try {
    console.log(
      `\nSearch, ${POLICY_TERMS.length} policy terms: the index against LIKE over the same text (recall: the share of LIKE's matches the index finds):\n`,
    );
    console.log('| over | index p95 | LIKE p95 | index / LIKE | recall vs LIKE |');
    console.log('|---|---|---|---|---|');
    for (const target of targets(handle)) console.log(await compare(target));
  } finally {
    handle.close();
  }
}
