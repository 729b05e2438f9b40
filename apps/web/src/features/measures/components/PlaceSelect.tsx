/**
 * The place of a bureau measure: 呼和浩特市 first and chosen by default (the bureau's own city, and
 * there before the list arrives, so a reset always lands on it), then the places the dashboard
 * benchmarks. Other places go through the CSV import, which accepts any name or division code.
 */
import { BENCHMARK_REGION_CODE, type Region } from '@ipb/domain';
import { useI18n } from '@/i18n';
import { useRegions } from '@/lib/get-regions';
import type { ControlProps } from './FormField';

export function PlaceSelect(control: ControlProps) {
  const { t, lang } = useI18n();
  const regions = useRegions();
  const label = (r: Region) => (lang === 'zh' ? r.name : r.nameEn);
  const benchmark = regions.data?.find((r) => r.code === BENCHMARK_REGION_CODE);
  const others = regions.data?.filter((r) => r.code !== BENCHMARK_REGION_CODE) ?? [];
  return (
    <select {...control} className="input" defaultValue={BENCHMARK_REGION_CODE}>
      <option value={BENCHMARK_REGION_CODE}>{benchmark ? label(benchmark) : t('inventory.benchmarkPlace')}</option>
      {others.map((r) => (
        <option key={r.code} value={r.code}>
          {label(r)}
        </option>
      ))}
    </select>
  );
}
