/** Numbers as a 公文 prints them: 元 in 亿元 or 万元, 人 in 万人, grouped digits, at most 2 decimals. */
const SCALES: Record<string, Array<[number, string]>> = {
  元: [
    [1e8, '亿元'],
    [1e4, '万元'],
  ],
  人: [[1e4, '万人']],
};

export function scaleFor(unit: string, values: readonly number[]): { factor: number; unit: string } {
  const max = Math.max(0, ...values.map(Math.abs));
  const scale = SCALES[unit]?.find(([factor]) => max >= factor);
  return scale ? { factor: scale[0], unit: scale[1] } : { factor: 1, unit };
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(value);
}

export function formatValue(value: number, unit: string): string {
  const { factor, unit: shown } = scaleFor(unit, [value]);
  return `${formatNumber(value / factor)} ${shown}`;
}
