/**
 * A figure's kind answers two questions at once (issue 9). What is the number — a level (a stock,
 * a flow, a count), a change (an absolute difference: 比上年增加 152 家), a rate (a relative change:
 * 增长 23.4%, 翻一番) or a share (占比, 强度)? And did it happen, is it aimed at, or is it estimated
 * (预计)? The stored and exported `kind` is derived from the two, so older readers keep working.
 */
import { z } from 'zod';
import type { ObservationKind } from './observations';

export const FIGURE_MEASURES = ['level', 'change', 'rate', 'share'] as const;
export const FigureMeasureSchema = z.enum(FIGURE_MEASURES);
export type FigureMeasure = z.infer<typeof FigureMeasureSchema>;

export const FIGURE_STATUSES = ['actual', 'target', 'estimate'] as const;
export const FigureStatusSchema = z.enum(FIGURE_STATUSES);
export type FigureStatus = z.infer<typeof FigureStatusSchema>;

/** What a target aims at: a level to reach, a change to make (a rate is a relative change), a share. */
export const TARGET_AIMS = ['level', 'change', 'share'] as const;
export const TargetAimSchema = z.enum(TARGET_AIMS);
export type TargetAim = z.infer<typeof TargetAimSchema>;

export interface FigureAxes {
  measure: FigureMeasure;
  status: FigureStatus;
}

/** The compatible `kind`: target if aimed at, else growth for a change or a rate, share for a share, else actual. */
export function kindOfAxes(measure: FigureMeasure, status: FigureStatus): ObservationKind {
  if (status === 'target') return 'target';
  if (measure === 'change' || measure === 'rate') return 'growth';
  if (measure === 'share') return 'share';
  return 'actual';
}

export function targetAimOf(measure: FigureMeasure): TargetAim {
  return measure === 'rate' ? 'change' : measure;
}

const RATE_UNITS = new Set(['%', '倍', '番', '成']);

/**
 * The axes of a record that only has a kind (reference files, CSV rows, a reviewer's correction of
 * the kind): a growth in % or 倍 is a rate, in another unit a change; a target is taken as a level.
 */
export function axesOfKind(kind: ObservationKind, unit: string | null): FigureAxes {
  if (kind === 'target') return { measure: 'level', status: 'target' };
  if (kind === 'share') return { measure: 'share', status: 'actual' };
  if (kind === 'growth')
    return { measure: unit !== null && RATE_UNITS.has(unit) ? 'rate' : 'change', status: 'actual' };
  return { measure: 'level', status: 'actual' };
}
