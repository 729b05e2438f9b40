/**
 * The documents of one text: a 公文 closes with its issuer and date; a titled text after that (its
 * 政策解读, an attachment) is another document with a body of its own, so another article.
 */
import { headingMarkup, META_LINE, type Paragraph } from './paragraphs';

/** A signature's date on a line of its own (2024年3月15日), under the issuer's line. */
const SIGNATURE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const ISSUER_LINE = /^[^，。；,;:：!?！？]{2,40}(局|厅|委|委员会|办公室|政府|中心|院|部|协会)$/;

export function signedDocuments(paras: Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = [];
  let from = 0;
  for (let k = 1; k + 2 < paras.length; k++) {
    const heading = headingMarkup(paras[k + 1]!).text;
    const signed = SIGNATURE_DATE.test(paras[k]!.text.trim()) && ISSUER_LINE.test(paras[k - 1]!.text.trim());
    const titled = heading.length >= 4 && heading.length <= 60 && !/[。；;，,:：]$/.test(heading);
    if (!signed || !titled || META_LINE.test(heading)) continue;
    out.push(paras.slice(from, k + 1));
    from = k + 1;
  }
  out.push(paras.slice(from));
  return out;
}
