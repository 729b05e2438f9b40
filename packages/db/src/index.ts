export {
  BackupError,
  type BackupReport,
  backupDatabase,
  checkDatabaseFile,
  restoreDatabase,
} from './backup';
export { createDb, type DbHandle, type Drizzle } from './create-db';
export type { Db, Engine } from './engine/db';
export { WriterBusy } from './engine/db';
export { type Query, query } from './engine/query';
export { type LoadReport, loadData } from './load/load-data';
export { type BenchmarkFiles, readBenchmarkFiles } from './load/read-benchmark-files';
export {
  type DataBundle,
  DataFileError,
  type PipelineLists,
  readDataDir,
  readPipelineLists,
} from './load/read-data-dir';
export { findPostgresBin, type LocalPostgres, startLocalPostgres } from './pg/local-server';
export { settleAfterBulkImport } from './pg/maintenance';
export { appliedMigrations, migratePostgres } from './pg/migrate';
export { jsonList, prepared } from './prepared';
export * from './queries/catalogue';
export {
  type ComparableIndex,
  type ComparableRow,
  type ComparableRowHead,
  type ComparableRowsRead,
  comparableFigures,
  comparableIndex,
  comparableRows,
  comparePlace,
  type Denominators,
  denominatorsAsked,
  loadDenominators,
  periodOf,
} from './queries/comparable-figures';
export { coverageOf } from './queries/compare';
export { type ConflictFilter, conflictGroups, listConflicts } from './queries/conflicts';
export { listDigests } from './queries/digest';
export {
  type SerializeFigureHit,
  type StoredFigureHits,
  staleFigureHits,
  storedFigureHits,
} from './queries/figure-hits';
export { type GapProgram, MAX_GAP_PROGRAMS, missingPrograms } from './queries/gap-programs';
export { highlight } from './queries/highlight';
export { type MeasureFigure, measureFigures } from './queries/instrument-figures';
export {
  type KeptTerm,
  latestMeasureIds,
  type MeasureInstrumentCount,
  measureCountOf,
  measureInstrumentCounts,
  type PlaceInstrumentCount,
  termCounts,
  termCountsEveryPlace,
  termsOfPlace,
} from './queries/instrument-terms';
export { type LadderCounts, ladderCounts } from './queries/ladder';
export { MAX_FACET_VALUES, measureFacets } from './queries/measure-facets';
export type { FacetName, MeasureFilter } from './queries/measure-filter';
export { type MeasureHits, type SerializeSnippet, searchMeasureItems, withSnippet } from './queries/measure-hits';
export {
  type ItemPage,
  listMeasureItems,
  type SerializeItem,
  staleItems,
} from './queries/measure-items';
export { type MeasureText, measureBriefOf, measureTexts } from './queries/measure-texts';
export { listMeasures, measureIdsMatching, newestMeasureIds, searchMeasures } from './queries/measures';
export {
  countObservations,
  type ObservationQuery,
  type ObservationRow,
  readObservationRows,
  type SourceRef,
} from './queries/observation-rows';
export { listObservations, type ObservationFilter } from './queries/observations';
export {
  agree,
  fingerprint,
  groupByPeriod,
  MAX_ALTERNATIVES,
  type PeriodGroup,
  type PeriodSummary,
  periodKey,
  preferredValue,
  readSettlements,
} from './queries/period-groups';
export { periodSummaries, type SummaryQuery } from './queries/period-summaries';
export {
  latestMeasures,
  MEASURES_PER_THEME,
  measureBriefs,
  placeThemeMeasures,
  shownMeasureText,
  subPlaces,
  type ThemeColumn,
} from './queries/place-measures';
export { allRegions, regionCodesWithData, regionDataCounts, regionsWithData } from './queries/regions';
export * from './queries/review';
export { reviewQueue } from './queries/review-queue';
export {
  figureHits,
  figureIds,
  type SearchTerms,
  searchFigures,
  searchPrograms,
  searchSources,
  searchTerms,
  sourcesTitledOr,
} from './queries/search';
export * from './queries/series';
export {
  PARTS_REVISION,
  type PlaceParts,
  type SerializePlace,
  type StoredSeries,
  seriesParts,
  staleParts,
} from './queries/series-parts';
export { type DataState, readDataState, readDataVersion, rowCounts } from './queries/service-state';
export { getSource, listSources, sourceRecords, sourcesForRegion } from './queries/sources';
export { listTargets } from './queries/targets';
export { timelineMarkers } from './queries/timeline';
export { uploadDiff } from './queries/upload-diff';
export { uploadPreview, uploadPreviewById } from './queries/upload-preview';
export * as schema from './schema';
export { segmentForIndex, segmentQuery } from './segment';
export {
  type OpenOptions,
  openStore,
  type Store,
  type StoreConfig,
  StoreConfigError,
  safeUrl,
  storeConfigFromEnv,
} from './store';
export * from './write/accounts';
export { BureauMeasureError, createBureauMeasure, MEASURE_CSV_TEMPLATE } from './write/bureau-measures';
export {
  importBureauMeasuresCsv,
  type PreparedMeasures,
  prepareBureauMeasuresCsv,
  writeBureauMeasuresCsv,
} from './write/bureau-measures-csv';
export { SettlementError, settleConflict } from './write/conflicts';
export {
  type CsvImportMeta,
  type CsvImportResult,
  CsvReplaceError,
  contentSha256,
} from './write/csv-identity';
export { type DigestTrigger, recordDigest } from './write/digest';
export { JOB_KEEP_MS, type PurgeReport, purgeExpired } from './write/housekeeping';
export {
  cutWordsAhead,
  extractionAuthority,
  type ImportInput,
  type ImportReport,
  type ImportWords,
  importExtraction,
  sourceKey,
} from './write/import-extraction';
export {
  CsvImportError,
  importObservationsCsv,
  type PreparedObservations,
  prepareObservationsCsv,
  writeObservationsCsv,
} from './write/import-observations-csv';
export { INSERT_BATCH, insertObservations, type NewObservation } from './write/insert-observations';
export { keepInstrumentTerms, keepLexicon, rebuildInstrumentTerms } from './write/instrument-terms';
export * from './write/jobs';
export { clearLoginFailures, loginLockedUntil, recordLoginFailure } from './write/login-failures';
export { CSV_TEMPLATE, type CsvContext, EXAMPLE_MARK } from './write/observations-csv';
export { CsvSyntaxError, parseCsv } from './write/parse-csv';
export { periodValuesStale, refreshPeriodValues, refreshStalePeriodValues } from './write/period-values';
export { type Counted, countRequest, readRequestCount } from './write/rate-limits';
export {
  bumpDataVersion,
  dataVersion,
  getMeta,
  replaceSource,
  sourceIdBySha256,
  storedSha256s,
} from './write/replace-source';
export { NotFoundError, reviewMeasure, reviewObservation } from './write/review';
export { setSourceAuthority } from './write/source-authority';
export { editUploadItem, UploadEditError, type UploadEdits } from './write/upload-review';
export * from './write/uploads';
