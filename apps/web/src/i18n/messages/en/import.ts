/** English UI strings of ./import (loaded only when the interface is switched to English). */
import type { zh } from '../import';

export const en: Record<keyof typeof zh, string> = {
  'import.title': 'Import the bureau’s figures (CSV)',
  'import.intro':
    'Import figures the bureau holds for Hohhot (or other places). Each row names its source’s title, address and document number; imported figures are marked as bureau entries and go to the review queue. Importing the same row again adds nothing.',
  'import.step.template': 'Step 1: download the template',
  'import.templateHint':
    'The template’s second row is an example (its note says so) and cannot be imported: delete it or replace it with real data.',
  'import.template': 'Download the CSV template',
  'import.step.file': 'Step 2: choose the file and preview it',
  'import.file': 'CSV file (UTF-8, or GB18030 as Excel saves it; up to 5 MB)',
  'import.preview': 'Preview row by row',
  'import.previewing': 'Checking…',
  'import.previewError': 'Could not preview this file',
  'import.errorHint': 'Fix what the message says and try again.',
  'import.step.preview': 'Step 3: check “{file}” and confirm',
  'import.counts': '{rows} rows: {new} new, {exists} imported before, {refused} with problems.',
  'import.rowsCaption': 'Every row of the file and its problems',
  'import.fileProblems': 'The file cannot be read',
  'import.col.line': 'Line',
  'import.col.status': 'Status',
  'import.col.place': 'Place',
  'import.col.indicator': 'Indicator',
  'import.col.value': 'Value',
  'import.col.period': 'Period',
  'import.col.source': 'Source (title · number · address · quote)',
  'import.col.problems': 'Problems',
  'import.status.new': 'New',
  'import.status.exists': 'Imported before',
  'import.status.error': 'Has problems',
  'import.status.example': 'Example row',
  'import.fixFirst':
    'Fix the rows with problems (or delete the example row) and preview again; the whole file is imported, or nothing is.',
  'import.confirm': 'Confirm the import',
  'import.importing': 'Importing…',
  'import.importError': 'The import failed',
  'import.done':
    'Imported {added} rows; {unchanged} rows that were there already were not added again. They are in the review queue.',
  'import.unchanged': 'Every row was imported before ({unchanged}); nothing new was added.',
  'import.toReview': 'See them in the review queue',
  'import.toSource': 'See the source',
  'import.toAudit': 'See the audit log',
};
