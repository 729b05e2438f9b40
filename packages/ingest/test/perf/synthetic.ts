/** The synthetic issue of `npm run bench` (scripts/bench-ingest.ts), for the dump and the A/B bench. */
export const PARAGRAPH =
  '今年以来，全市新增高新技术企业 120 家，同比增长 15.2%，“科创贷”放款 3.5 亿元，《关于支持2024年科技创新的意见》印发。';

/** A bulletin-like issue of about `bytes`: a heading and the same paragraph, an enumerated one now and then. */
export function synthetic(bytes: number): string {
  const count = Math.max(1, Math.round(bytes / Buffer.byteLength(`${PARAGRAPH}\n\n`)));
  return `南京市推进科技创新\n\n${Array.from({ length: count }, (_, k) => `${k % 50 === 0 ? '一是' : ''}${PARAGRAPH}`).join('\n\n')}`;
}
