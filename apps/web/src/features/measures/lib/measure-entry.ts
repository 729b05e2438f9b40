/**
 * The bureau-measure form as data: its fields (in the order they appear, so the first field with
 * an error is the one to focus) and the request body read from the form's FormData. Lists are
 * split like the API's CSV import splits them, so a programme list pasted from a CSV cell works.
 */
import { BENCHMARK_REGION_CODE, type BureauMeasureInput } from '@ipb/domain';

export const ENTRY_FIELDS = ['region', 'themes', 'title', 'text', 'date', 'programs', 'document', 'url'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** 科技贷、英才兴蒙 / 科技贷, 英才兴蒙 / one per line: the separators people type (and the CSV accepts). */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const text = (data: FormData, name: EntryField) => String(data.get(name) ?? '').trim();

/** Empty optional fields are null (not ''), so the API's URL rule only judges a URL that was given. */
export function buildMeasureInput(data: FormData): BureauMeasureInput {
  return {
    region: text(data, 'region') || BENCHMARK_REGION_CODE,
    // The check boxes only offer GET /api/themes ids; the API is the judge either way.
    themes: data.getAll('themes').map(String) as BureauMeasureInput['themes'],
    title: text(data, 'title'),
    text: text(data, 'text'),
    date: text(data, 'date'),
    programs: splitList(text(data, 'programs')),
    document: text(data, 'document') || null,
    url: text(data, 'url') || null,
  };
}
