/**
 * The CSV import of figures (the bureau's own 呼和浩特 figures, or any place's): what a preview
 * answers row by row, and what an import reports. Each row cites its source (title, URL, document
 * number), enters review as a bureau_entry, and is identified by its content, so importing the
 * same rows again adds nothing.
 */
import { z } from 'zod';
import { ObservationKindSchema, PeriodTypeSchema } from './observations';
import { FieldProblemCodeSchema, ProblemParamsSchema } from './problem';

/** The columns of the template, in order. */
export const OBSERVATION_CSV_COLUMNS = [
  'region',
  'indicator',
  'year',
  'period_end',
  'period_type',
  'kind',
  'value',
  'unit',
  'qualifier',
  'quote',
  'source_title',
  'source_url',
  'document_number',
  'flags',
  'note',
] as const;
export const OBSERVATION_CSV_REQUIRED = ['region', 'indicator', 'value', 'unit', 'quote', 'source_title'] as const;

/** What is wrong with one cell (or the row, column ""), worded by the client from `code`. */
export const CsvCellProblemSchema = z.object({
  column: z.string(),
  code: FieldProblemCodeSchema,
  params: ProblemParamsSchema.optional(),
  /** The same in English, for API users. */
  message: z.string(),
});
export type CsvCellProblem = z.infer<typeof CsvCellProblemSchema>;

export const CsvFigureSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  regionNameEn: z.string(),
  indicatorId: z.string(),
  indicatorName: z.string(),
  indicatorNameEn: z.string(),
  /** As written in the file, in `unit`. */
  value: z.number(),
  unit: z.string(),
  kind: ObservationKindSchema,
  periodType: PeriodTypeSchema,
  year: z.number().int(),
  periodEnd: z.string(),
  quote: z.string(),
  sourceTitle: z.string(),
  sourceUrl: z.string().nullable(),
  documentNumber: z.string().nullable(),
});
export type CsvFigure = z.infer<typeof CsvFigureSchema>;

export const CSV_ROW_STATUSES = ['new', 'exists', 'error', 'example'] as const;
export const CsvPreviewRowSchema = z.object({
  /** The file's line the row starts on (header = 1). */
  line: z.number().int(),
  /** new: would be added; exists: already imported (adds nothing); error/example: refused. */
  status: z.enum(CSV_ROW_STATUSES),
  problems: z.array(CsvCellProblemSchema),
  figure: CsvFigureSchema.nullable(),
});
export type CsvPreviewRow = z.infer<typeof CsvPreviewRowSchema>;

export const CsvPreviewSchema = z.object({
  fileName: z.string().nullable(),
  /** Problems of the file as a whole (unreadable, a missing column, no rows). */
  fileProblems: z.array(CsvCellProblemSchema.extend({ line: z.number().int() })),
  rows: z.array(CsvPreviewRowSchema),
  counts: z.object({
    rows: z.number().int(),
    new: z.number().int(),
    exists: z.number().int(),
    refused: z.number().int(),
  }),
  /** True when nothing is refused: confirming imports every new row. */
  importable: z.boolean(),
});
export type CsvPreview = z.infer<typeof CsvPreviewSchema>;

export const CsvImportResponseSchema = z.object({
  /** imported: rows were added; unchanged: every row was there already. */
  status: z.enum(['imported', 'unchanged']),
  rows: z.number().int(),
  added: z.number().int(),
  unchanged: z.number().int(),
  /** The sources the rows cite (one per title, URL and document number). */
  sourceIds: z.array(z.number().int()),
  /** The audit entry of this import (null when nothing changed). */
  auditId: z.number().int().nullable(),
});
export type CsvImportResponse = z.infer<typeof CsvImportResponseSchema>;
