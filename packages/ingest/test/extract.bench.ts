import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { extract } from '../src/extract';
import { CONTEXT } from './fixtures/context';

describe('extract a seed bulletin', () => {
  for (const seed of ['kejiqingbao-2023-07', 'kejiqingbao-2024-07']) {
    const bytes = readFileSync(new URL(`../../../data/bulletins/${seed}.txt`, import.meta.url));
    bench(seed, () => {
      extract(bytes, { ...CONTEXT, fileName: `${seed}.txt` });
    });
  }
});

describe('extract a large synthetic issue (about 2 MB, 20 000 paragraphs)', () => {
  const para =
    '今年以来，全市新增高新技术企业 120 家，同比增长 15.2%，“科创贷”放款 3.5 亿元，《关于支持2024年科技创新的意见》印发。';
  const text = `南京市推进科技创新\n\n${Array.from({ length: 20_000 }, (_, k) => `${k % 50 === 0 ? '一是' : ''}${para}`).join('\n\n')}`;
  bench('20 000 paragraphs', () => {
    extract(text, { ...CONTEXT, fileName: 'synthetic-2024-07.txt' });
  });
});
