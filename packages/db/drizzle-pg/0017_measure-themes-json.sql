ALTER TABLE "measures" ADD COLUMN "themes_json" text DEFAULT '[]' NOT NULL;--> statement-breakpoint
-- hand-written below (triggers, backfill)
-- measures.themes_json: the measure's themes as [theme id, evidence] pairs in JSON, written with the
-- themes by insertMeasures and by a review that re-themes the measure (same transaction; SQLite
-- 0022). Existing rows are filled from measure_themes as the list's json_agg read them until now.
UPDATE measures m SET themes_json = t.list
FROM (SELECT measure_id, json_agg(json_build_array(theme_id, evidence))::text AS list
      FROM measure_themes GROUP BY measure_id) t
WHERE t.measure_id = m.id;
