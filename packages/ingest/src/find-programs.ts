/**
 * Named programmes in a measure: products, platforms, schemes. A quoted short name counts when
 * it ends like a programme (…计划, …贷, …平台, …加速器) or when the word right after the closing
 * quote says what it is (“X”创新驱动平台, “X”系统, “X”专项行动). Slogans (“新突破”) have neither.
 */
import { quoteRanges } from './quotes';

const SUFFIX = /(计划|工程|贷|贷款|债|平台|基金|行动|加速器|专项|卡|券|系统|品牌|大赛|云|码|通|宝)$/;
const KIND_AFTER = /^(?:[\u4e00-\u9fff]{0,6}?)(平台|系统|应用|工程|计划|行动|品牌|产品|基金|贷|专项|大赛)/;
/** “五大工程”, “四个聚焦”: a count of things is a slogan, not a programme's name. */
const COUNTED_SLOGAN = /^[一二两三四五六七八九十]+[大个项条类化]/;
const NAME = /^[\u4e00-\u9fffA-Za-z0-9·+-]{2,16}$/;

export function findPrograms(text: string): string[] {
  // Only a name in “…”, ‘…’ or 「…」 counts: a measure with none of those openers has no programme,
  // and its quote ranges (a pass over every character) are not worked out.
  if (!text.includes('“') && !text.includes('‘') && !text.includes('「')) return [];
  const found: string[] = [];
  for (const q of quoteRanges(text)) {
    if (q.open !== '“' && q.open !== '‘' && q.open !== '「') continue;
    const name = text.slice(q.start + 1, q.end - 1).trim();
    if (!NAME.test(name) || (name.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 2 || COUNTED_SLOGAN.test(name)) continue;
    const after = text.slice(q.end, q.end + 10);
    const kindAfter = KIND_AFTER.exec(after);
    if (SUFFIX.test(name) || (kindAfter && !/^(推动|打造|助力|加快|促进)/.test(after))) found.push(name);
  }
  return [...new Set(found)];
}
