/** The indicator catalogue record (data/taxonomy/indicators.json). */
import { z } from 'zod';
import { ThemeIdSchema } from './themes';

export const QUANTITY_TYPES = ['stock', 'flow', 'rate', 'share', 'index'] as const;
export const QuantityTypeSchema = z.enum(QUANTITY_TYPES);
export type QuantityType = z.infer<typeof QuantityTypeSchema>;

export const IndicatorIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'an indicator id is snake_case ASCII');

export const IndicatorSchema = z.object({
  id: IndicatorIdSchema,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  /** Other ways bulletins write the subject (高企, 国家高新技术企业 …). */
  synonyms: z.array(z.string()),
  /** Canonical unit after normalisation: 家, 个, 件, 人, 元, %, 项, 笔, 人次, index … */
  unit: z.string().min(1),
  quantityType: QuantityTypeSchema,
  theme: ThemeIdSchema,
  higherIsBetter: z.boolean(),
  /** 口径: what is counted and how, so unlike figures are not compared. */
  definitionNote: z.string(),
  /** Indicator to divide by for per-capita views (e.g. population), when meaningful. */
  perCapitaDenominator: IndicatorIdSchema.nullable().default(null),
});
export type Indicator = z.infer<typeof IndicatorSchema>;
export const IndicatorFileSchema = z.array(IndicatorSchema);
