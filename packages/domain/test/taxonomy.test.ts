import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IndicatorFileSchema } from '../src/indicators';
import { THEME_IDS, ThemeFileSchema } from '../src/themes';
import { normaliseUnit } from '../src/units';

const dataFile = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../../data/${path}`, import.meta.url)), 'utf8');
const themes = ThemeFileSchema.parse(JSON.parse(dataFile('taxonomy/themes.json')));
const indicators = IndicatorFileSchema.parse(JSON.parse(dataFile('taxonomy/indicators.json')));
const reference = ['reference/city-figures.jsonl', 'reference/official-figures.jsonl']
  .flatMap((f) => dataFile(f).split('\n'))
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { indicator: string; unit: string });

const indicatorMap = (
  JSON.parse(dataFile('reference/indicator-map.json')) as { map: Record<string, { indicator: string }> }
).map;
/** Reference ids are written `other:xxx`; catalogue ids are lowercase snake_case; indicator-map.json renames a few. */
const catalogueId = (referenceId: string) =>
  indicatorMap[referenceId]?.indicator ?? referenceId.replace(/^other:/, '').toLowerCase();

describe('data/taxonomy/themes.json', () => {
  it('has each of the 13 theme ids exactly once', () => {
    expect(themes.map((t) => t.id).sort()).toEqual([...THEME_IDS].sort());
  });

  it.each(themes.filter((t) => t.id !== 'other').map((t) => [t.id, t] as const))(
    '%s has a 20–60 term lexicon without duplicates and STIP codes',
    (_id, theme) => {
      const terms = theme.lexicon.map((e) => e.term);
      expect(terms.length).toBeGreaterThanOrEqual(20);
      expect(terms.length).toBeLessThanOrEqual(60);
      expect(new Set(terms).size).toBe(terms.length);
      expect(theme.lexicon.some((e) => e.weight === 3)).toBe(true);
      for (const s of [...theme.stip.themes, ...theme.stip.instruments]) {
        expect(s.code === '' || /^(TH|PI)\d+$/.test(s.code), s.code).toBe(true);
        expect(s.label).not.toBe('');
      }
    },
  );

  it('labels each STIP code in Chinese, the same way wherever the code appears', () => {
    const labels = new Map<string, string>();
    for (const s of themes.flatMap((t) => [...t.stip.themes, ...t.stip.instruments])) {
      expect(s.labelZh, s.code).toMatch(/^[\u4e00-\u9fff、，（）]+$/);
      expect(labels.get(s.code) ?? s.labelZh, s.code).toBe(s.labelZh);
      labels.set(s.code, s.labelZh);
    }
  });

  it('keeps `other` as the fallback with no lexicon', () => {
    expect(themes.find((t) => t.id === 'other')?.lexicon).toEqual([]);
  });

  it('gives no term to two themes, so a match explains one theme', () => {
    const terms = themes.flatMap((t) => t.lexicon.map((e) => e.term));
    expect(terms.filter((term, i) => terms.indexOf(term) !== i)).toEqual([]);
  });
});

describe('data/taxonomy/indicators.json', () => {
  it.each(indicators.map((i) => [i.id, i] as const))('%s has its definition in English too', (_id, indicator) => {
    expect(indicator.definitionNoteEn?.length ?? 0).toBeGreaterThan(20);
    expect(indicator.definitionNoteEn).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('has unique ids', () => {
    const ids = indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([...new Set(reference.map((r) => r.indicator))])('covers the reference indicator %s', (id) => {
    expect(indicators.map((i) => i.id)).toContain(catalogueId(id));
  });

  it('gives no synonym (or name) to two indicators', () => {
    const forms = indicators.flatMap((i) => [...new Set([i.nameZh, ...i.synonyms])]);
    expect(forms.filter((form, i) => forms.indexOf(form) !== i)).toEqual([]);
  });

  it('uses canonical units and existing per-capita denominators', () => {
    const ids = new Set(indicators.map((i) => i.id));
    for (const indicator of indicators) {
      expect(normaliseUnit(indicator.unit)?.unit, indicator.id).toBe(indicator.unit);
      if (indicator.perCapitaDenominator) expect(ids.has(indicator.perCapitaDenominator)).toBe(true);
      if (indicator.quantityType === 'share' || indicator.quantityType === 'rate') {
        expect(['%', '件'], indicator.id).toContain(indicator.unit);
      }
    }
  });

  it.each([
    ['高企', 'high_tech_enterprises'],
    ['科小', 'tech_smes'],
    ['技术交易额', 'tech_contract_turnover'],
    ['R&D经费投入', 'rd_expenditure'],
    ['研发投入强度', 'rd_intensity'],
    ['科技信贷', 'tech_loans'],
  ])('maps the synonym %s to %s', (synonym, id) => {
    expect(indicators.find((i) => i.synonyms.includes(synonym))?.id).toBe(id);
  });
});

describe('reference units', () => {
  it.each([...new Set(reference.map((r) => r.unit))])('normalises %s', (unit) => {
    expect(normaliseUnit(unit)).not.toBeNull();
  });
});
