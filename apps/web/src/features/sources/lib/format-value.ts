/** Figures as written, without float noise (1/3 → 0.3333) and with the locale's separators. */
export function formatValue(value: number, lang: string): string {
  return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 4 });
}

/** A figure as the bulletin wrote it, ranges included: 1–2, 3–5, 220.6. */
export function formatWrittenValue(
  o: { valueAsWritten: number; valueMaxAsWritten: number | null },
  lang: string,
): string {
  const max = o.valueMaxAsWritten === null ? '' : `–${formatValue(o.valueMaxAsWritten, lang)}`;
  return `${formatValue(o.valueAsWritten, lang)}${max}`;
}
