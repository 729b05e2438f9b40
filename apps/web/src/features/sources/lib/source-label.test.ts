import { describe, expect, it } from 'vitest';
import { sourceLabel } from './source-label';

describe('sourceLabel', () => {
  it.each<[string, number | null, number | null, 'zh' | 'en', string]>([
    ['科技情报参考', 2024, 7, 'zh', '科技情报参考 2024年第7期'],
    ['科技情报参考', 2024, 7, 'en', '科技情报参考, 2024 no. 7'],
    ['科技情报参考 2024年第7期', 2024, 7, 'zh', '科技情报参考 2024年第7期'],
    ['《2023上海科技进步报告》出炉!', 2024, null, 'zh', '《2023上海科技进步报告》出炉!'],
    ['城市参考数据', null, null, 'zh', '城市参考数据'],
  ])('%s %s/%s (%s)', (title, year, issueNumber, lang, expected) => {
    expect(sourceLabel({ title, year, issueNumber }, lang)).toBe(expected);
  });
});
