/** Full-width ASCII (，（）％０-９) folds to ASCII one for one; the ideographic space, NBSP and tab to a space. */
export function foldChar(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0xa0 || code === 9) return 32;
  return code;
}
