/**
 * Can this value be a figure of that indicator? Checked where people type figures (the CSV import):
 * the unit must fit the indicator's (indicator-fit.ts) and the value must be possible for its
 * quantity type. Counts and amounts (stock, flow) and rates are never negative; a share is a
 * percentage between 0 and 100; a growth may be negative (a decline) and an index anything.
 */

import { unitMisfit } from './indicator-fit';
import type { Indicator } from './indicators';
import type { ObservationKind } from './observations';

export type ValueProblem =
  | { code: 'unit'; message: string }
  | { code: 'negative'; message: string }
  | { code: 'share_out_of_range'; message: string };

export function valueProblem(
  indicator: Indicator,
  figure: { value: number; unit: string; unitAsWritten: string; kind: ObservationKind },
): ValueProblem | null {
  if (unitMisfit(indicator, figure)) {
    const wanted = figure.kind === 'growth' ? '% (a growth rate)' : indicator.unit;
    return {
      code: 'unit',
      message: `${indicator.id} is given in ${wanted}; "${figure.unitAsWritten}" does not fit it`,
    };
  }
  if (figure.kind === 'growth' || indicator.quantityType === 'index') return null;
  if (figure.unit === '%' && (figure.value < 0 || figure.value > 100))
    return { code: 'share_out_of_range', message: `a share is between 0 and 100 %, not ${figure.value}` };
  if (figure.value < 0)
    return {
      code: 'negative',
      message: `${indicator.id} is a ${indicator.quantityType}: it cannot be negative (${figure.value})`,
    };
  return null;
}
