/**
 * Chinese strings that only one feature's pages read, by that feature's folder (features/<name>):
 * the router loads them with the page (app/router.tsx), so the pages most readers open (overview,
 * compare, indicators) do not download them at start-up. English is one chunk with every string
 * (dictionary-en.ts). page-strings.test.ts fails if a key of these files is read outside its feature.
 */
type Strings = () => Promise<{ zh: Readonly<Record<string, string>> }>;

export const PAGE_STRINGS: Readonly<Record<string, readonly Strings[]>> = {
  audit: [() => import('./messages/audit')],
  import: [() => import('./messages/import')],
  measures: [() => import('./messages/measures')],
  regions: [() => import('./messages/regions')],
  sources: [() => import('./messages/sources'), () => import('./messages/upload-review')],
};
