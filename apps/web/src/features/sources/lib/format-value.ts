/** Figures as written, without float noise (1/3 → 0.3333) and with the locale's separators. */
export function formatValue(value: number, lang: string): string {
  return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 4 });
}
