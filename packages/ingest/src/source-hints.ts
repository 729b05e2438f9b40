/**
 * What a source says about where it comes from, besides its articles: the uploader's hints (the
 * upload form, the CLI's --url/--publisher/--place), and for a single text its masthead and the
 * publisher lines it prints (来源：某某区科技局, 主办单位：…, （某某县科技局供稿）, a newspaper's
 * masthead line). A bulletin's
 * masthead is the compiler of other places' news, never evidence of an article's place.
 */
import type { SourceHints } from '@ipb/domain';
import { paragraphsOf } from './paragraphs';
import type { SourceMetadata } from './place-context';
import type { SplitResult } from './split';

const PUBLISHER_LINE =
  /(?:^|\s|\|)[(（]?(?:来源|主办单位|主办|承办单位|发布单位|发布机构|供稿单位|供稿|信息来源)\s*[:：]\s*([^\s|，,。；;)）]{2,40})/g;
const CONTRIBUTED = /^[(（]([^()（）]{2,30})供稿[)）]$/;
/** A newspaper page's masthead line printed in the file (大众日报 2025年3月4日 星期二 第05版): the paper. */
const NEWSPAPER_MASTHEAD = /^([\u4e00-\u9fff]{2,10}(?:日报|晚报|报))\s*\d{4}年\d{1,2}月\d{1,2}日/;

export function sourceMetadata(split: SplitResult, text: string, hints: SourceHints = {}): SourceMetadata {
  if (split.kind === 'bulletin') return { hints, publishers: [] };
  const publishers = [split.header.publisher, split.header.title].filter((p): p is string => Boolean(p));
  for (const p of paragraphsOf(text)) {
    const line = p.text.trim();
    if (line.length > 120) continue;
    for (const m of line.matchAll(PUBLISHER_LINE)) publishers.push(m[1]!);
    const contributed = CONTRIBUTED.exec(line);
    if (contributed) publishers.push(contributed[1]!);
    const paper = NEWSPAPER_MASTHEAD.exec(line);
    if (paper) publishers.push(paper[1]!);
  }
  return { hints, publishers: [...new Set(publishers)] };
}
