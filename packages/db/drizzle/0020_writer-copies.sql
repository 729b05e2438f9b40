DROP INDEX `observations_source_idx`;--> statement-breakpoint
-- hand-written below (triggers, backfill)
-- The import writes measures and their theme rows complete (write/insert-measures.ts computes
-- lead_end and the theme rows' copies from the source's text and dates, read once per source;
-- docs/decisions/014, ninth session). The triggers that filled them row by row — reading the
-- source's whole text per measure, and updating each new theme row, which moved its count from
-- ('', theme) to its place through measure_themes_counts_au — now skip rows that come complete.
-- A writer that leaves them out (a plain INSERT) still gets them, as before.
--
-- 1. lead_end: computed by the trigger when the row comes with 0 (the default, and the value of a
--    measure whose lead has no 。, for which the trigger computes 0 again).
DROP TRIGGER `measures_lead_ai`;
--> statement-breakpoint
CREATE TRIGGER `measures_lead_ai` AFTER INSERT ON `measures` WHEN new.lead_end = 0 BEGIN
  UPDATE measures SET lead_end = COALESCE((SELECT instr(substr(st.raw_text, new.start + 1, new."end" - new.start), '。')
    FROM source_texts st WHERE st.source_id = new.source_id), 0) WHERE id = new.id;
END;
--> statement-breakpoint
-- 2. measure_themes' copies: updated only when a copy differs from the measure's and its source's.
DROP TRIGGER `measure_themes_copy_ai`;
--> statement-breakpoint
CREATE TRIGGER `measure_themes_copy_ai` AFTER INSERT ON `measure_themes`
  WHEN NOT EXISTS (SELECT 1 FROM measures m JOIN sources s ON s.id = m.source_id
    WHERE m.id = new.measure_id AND m.region_code IS new.region_code AND (m.review_status <> 'rejected') = new.active
      AND COALESCE(s.date, s.year || '-12-31', '') = new.published) BEGIN
  UPDATE measure_themes SET region_code = m.region_code, active = m.review_status <> 'rejected',
    published = COALESCE(s.date, s.year || '-12-31', '')
  FROM measures m JOIN sources s ON s.id = m.source_id
  WHERE measure_themes.rowid = new.rowid AND m.id = new.measure_id;
END;
--> statement-breakpoint
-- SQLite runs the AFTER INSERT triggers of a table newest first, and theme_counts is right only when
-- the count trigger sees the row as inserted before the copy trigger moves it (0017 relied on its
-- trigger being newer than 0008's copy trigger). Recreated, unchanged, after the copy trigger above.
DROP TRIGGER `measure_themes_counts_ai`;
--> statement-breakpoint
CREATE TRIGGER `measure_themes_counts_ai` AFTER INSERT ON `measure_themes` WHEN new.active BEGIN
  INSERT INTO theme_counts(region_code, theme_id, measures) VALUES (COALESCE(new.region_code, ''), new.theme_id, 1)
    ON CONFLICT(region_code, theme_id) DO UPDATE SET measures = measures + 1;
END;
