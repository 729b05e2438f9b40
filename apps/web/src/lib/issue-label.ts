/**
 * A bulletin issue as the API names it in a citation ("2024年第7期"), in the reader's language.
 * The API writes it one way (packages/db citation.ts issueLabel); anything else is shown as written.
 */
const ISSUE = /^(\d{4})年第(\d+)期$/;

export function issueText(issue: string, lang: 'zh' | 'en'): string {
  const m = ISSUE.exec(issue);
  return m && lang === 'en' ? `${m[1]} no. ${m[2]}` : issue;
}

/** A label that ends with an issue ("科技情报参考 2024年第7期"), its issue in the reader's language. */
const ISSUE_SUFFIX = /^(.*) (\d{4}年第\d+期)$/;

export function withIssueText(label: string, lang: 'zh' | 'en'): string {
  const m = ISSUE_SUFFIX.exec(label);
  return m ? `${m[1]} ${issueText(m[2] ?? '', lang)}` : label;
}
