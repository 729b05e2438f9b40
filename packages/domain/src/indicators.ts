/** The indicator catalogue record (data/taxonomy/indicators.json). */
import { z } from 'zod';
import { ThemeIdSchema } from './themes';
import { INDICATOR_ID_PATTERN } from './url-codes';

export const QUANTITY_TYPES = ['stock', 'flow', 'rate', 'share', 'index'] as const;
export const QuantityTypeSchema = z.enum(QUANTITY_TYPES);
export type QuantityType = z.infer<typeof QuantityTypeSchema>;

export const IndicatorIdSchema = z.string().regex(INDICATOR_ID_PATTERN, 'an indicator id is snake_case ASCII');

/**
 * Scope is part of an indicator's identity: figures of different scope never share a row or a chart.
 * - register: whose list counts the entities (国家 vs 省级 vs 市级 科技型中小企业, 高企, 重点实验室);
 * - contract: which side of a technology contract (登记 registered, 输出 output, 吸纳 absorbed);
 * - annual: the count is of one year's list (科技型中小企业 are evaluated yearly), so a 累计 total is not it;
 * - currentPrices: a money value at current prices (地区生产总值): a growth rate of it said without
 *   现价/名义 is real growth at comparable prices (the statistical convention), not this value's growth.
 * A figure whose text marks another scope is not linked to the indicator (docs/decisions/011).
 */
export const REGISTERS = ['national', 'provincial', 'municipal'] as const;
export const CONTRACT_SIDES = ['registered', 'output', 'absorbed'] as const;
export const IndicatorScopeSchema = z.object({
  register: z.enum(REGISTERS).optional(),
  contract: z.enum(CONTRACT_SIDES).optional(),
  annual: z.boolean().optional(),
  currentPrices: z.boolean().optional(),
});
export type IndicatorScope = z.infer<typeof IndicatorScopeSchema>;

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
  /** The same note in English (the English interface shows it; the catalogue's test requires it). */
  definitionNoteEn: z.string().optional(),
  /** Indicator to divide by for per-capita views (e.g. population), when meaningful. */
  perCapitaDenominator: IndicatorIdSchema.nullable().default(null),
  scope: IndicatorScopeSchema.default({}),
  /**
   * For an indicator of additions (新认定高新技术企业): the stock it adds to and the words that say
   * "added" (新认定, 新获批), so 新认定国家高新技术企业 links here and not to the stock.
   */
  newOf: z
    .object({ indicator: IndicatorIdSchema, markers: z.array(z.string().min(1)).min(1) })
    .nullable()
    .default(null),
  /** For a share: the words of its numerator and denominator (研发投入 … 占 GDP 比重 → rd_intensity). */
  ratio: z
    .object({ numerator: z.array(z.string().min(1)).min(1), denominator: z.array(z.string().min(1)).min(1) })
    .nullable()
    .default(null),
});
export type Indicator = z.infer<typeof IndicatorSchema>;
export const IndicatorFileSchema = z.array(IndicatorSchema);
