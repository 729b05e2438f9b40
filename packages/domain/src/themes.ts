/**
 * Policy-theme taxonomy. The ids are a closed code list (PRODUCT.md); the names, STIP Compass
 * mapping and lexicon live in data/taxonomy/themes.json so analysts can review them in git.
 */
import { z } from 'zod';
import { THEME_IDS } from './url-codes';

export { THEME_IDS };

export const ThemeIdSchema = z.enum(THEME_IDS);
export type ThemeId = z.infer<typeof ThemeIdSchema>;

/** A lexicon entry: a word that signals the theme, with a weight (1 = weak hint, 3 = decisive). */
export const ThemeLexiconEntrySchema = z.object({
  term: z.string().min(1),
  weight: z.number().int().min(1).max(3).default(1),
});

export const StipCodeSchema = z.object({ code: z.string(), label: z.string(), labelZh: z.string().min(1) });
export type StipCode = z.infer<typeof StipCodeSchema>;

export const ThemeSchema = z.object({
  id: ThemeIdSchema,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  description: z.string().default(''),
  /**
   * EC-OECD STIP Compass codes this theme maps to (themes such as "TH31", instruments such as
   * "PI012"), with STIP's English label and our Chinese rendering of it.
   */
  stip: z.object({
    themes: z.array(StipCodeSchema),
    instruments: z.array(StipCodeSchema),
  }),
  lexicon: z.array(ThemeLexiconEntrySchema),
});
export type Theme = z.infer<typeof ThemeSchema>;
export const ThemeFileSchema = z.array(ThemeSchema);
