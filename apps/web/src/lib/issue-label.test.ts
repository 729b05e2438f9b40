import { describe, expect, it } from 'vitest';
import { dataProps } from './data-props';
import { issueText, withIssueText } from './issue-label';

describe('issueText', () => {
  it.each([
    ['2024年第7期', 'en', '2024 no. 7'],
    ['2024年第7期', 'zh', '2024年第7期'],
    ['第7期', 'en', '第7期'],
  ] as const)('%s in %s is %s', (issue, lang, text) => {
    expect(issueText(issue, lang)).toBe(text);
  });
});

describe('dataProps', () => {
  it.each([
    ['构建“活水源”', 'zh-CN'],
    ['news reprint (北方新报)', 'zh-CN'],
    ['China Daily', 'en'],
    [null, 'en'],
  ])('%j is data in %s', (text, lang) => {
    expect(dataProps(text)).toEqual({ 'data-data': '', lang });
  });
});

describe('withIssueText', () => {
  it('words the issue at the end of a label and keeps the title', () => {
    expect(withIssueText('科技情报参考 2024年第7期', 'en')).toBe('科技情报参考 2024 no. 7');
    expect(withIssueText('科技情报参考 2024年第7期', 'zh')).toBe('科技情报参考 2024年第7期');
    expect(withIssueText('统计公报', 'en')).toBe('统计公报');
  });
});
