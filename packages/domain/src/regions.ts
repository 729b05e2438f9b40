/**
 * The gazetteer record. Official divisions carry their GB/T 2260 code; development zones
 * (宜昌高新区) have no GB/T 2260 code, so their key is "<parent code>-<slug>" and official=false.
 */
import { z } from 'zod';
import { BENCHMARK_REGION_CODE, REGION_CODE_PATTERN } from './url-codes';

export const REGION_LEVELS = ['province', 'prefecture', 'county', 'zone'] as const;
export const RegionLevelSchema = z.enum(REGION_LEVELS);
export type RegionLevel = z.infer<typeof RegionLevelSchema>;

export const RegionCodeSchema = z
  .string()
  .regex(REGION_CODE_PATTERN, 'a region code is 6 digits (GB/T 2260), or "<code>-<slug>" for a zone');

export const RegionSchema = z.object({
  code: RegionCodeSchema,
  official: z.boolean(),
  name: z.string().min(1),
  shortName: z.string().min(1),
  level: RegionLevelSchema,
  parentCode: RegionCodeSchema.nullable(),
  aliases: z.array(z.string()),
  nameEn: z.string().min(1),
  /** Lowercase toneless pinyin syllables joined by spaces ("hu he hao te"), for search by initials. */
  pinyin: z.string().default(''),
});
export type Region = z.infer<typeof RegionSchema>;
export const RegionFileSchema = z.array(RegionSchema);

export { BENCHMARK_REGION_CODE };
