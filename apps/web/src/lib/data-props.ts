/**
 * Text that is data, shown as written (a measure's title, a source's title, a note, a programme):
 * it is not translated with the interface. `data-data` marks it as data (the English-mode tests
 * skip it) and `lang` says which language it is in, so a screen reader pronounces it right.
 */
const CJK = /[\u3400-\u9fff]/;

export function dataProps(text: string | null | undefined): { 'data-data': ''; lang: string } {
  return { 'data-data': '', lang: text && CJK.test(text) ? 'zh-CN' : 'en' };
}
