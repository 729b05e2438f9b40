ALTER TABLE `measures` ADD `themes_json` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
-- hand-written below (triggers, backfill)
-- measures.themes_json: the measure's themes as the list reads them, [theme id, evidence] pairs in
-- JSON, written with the themes by insertMeasures and by a review that re-themes the measure (same
-- transaction; docs/decisions/014, twelfth session). Existing rows are filled from measure_themes,
-- the way the list's group_concat read them until now; a measure without themes keeps '[]'.
-- No trigger on measures fires for this column (every UPDATE trigger names its columns).
UPDATE measures SET themes_json = (
  SELECT '[' || group_concat('[' || json_quote(mt.theme_id) || ',' || mt.evidence || ']') || ']'
  FROM measure_themes mt WHERE mt.measure_id = measures.id)
WHERE id IN (SELECT measure_id FROM measure_themes);
