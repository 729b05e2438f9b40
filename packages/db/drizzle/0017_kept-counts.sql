CREATE TABLE `place_sources` (
	`region_code` text NOT NULL,
	`source_id` integer NOT NULL,
	`measures` integer DEFAULT 0 NOT NULL,
	`figures` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`region_code`, `source_id`),
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `theme_counts` (
	`region_code` text NOT NULL,
	`theme_id` text NOT NULL,
	`measures` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`region_code`, `theme_id`)
);
--> statement-breakpoint
DROP INDEX `measure_themes_theme_idx`;--> statement-breakpoint
CREATE INDEX `measure_themes_theme_idx` ON `measure_themes` (`theme_id`,`active`,`measure_id`);--> statement-breakpoint
ALTER TABLE `measures` ADD `lead_end` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- What Compare's coverage, its column totals and the measure list's citations read instead of the
-- corpus (docs/decisions/014, seventh session), kept by triggers so that every writer keeps them
-- right without knowing about them, as region_counts is (0008). Figures inserted are counted by
-- insertObservations, once per batch, as region_counts' are.
--
-- 1. measures.lead_end: where the first sentence ends, from the source's text, once per write.
UPDATE `measures` SET `lead_end` = COALESCE((SELECT instr(substr(st.raw_text, measures.start + 1, measures."end" - measures.start), '。')
  FROM source_texts st WHERE st.source_id = measures.source_id), 0);
--> statement-breakpoint
CREATE TRIGGER `measures_lead_ai` AFTER INSERT ON `measures` BEGIN
  UPDATE measures SET lead_end = COALESCE((SELECT instr(substr(st.raw_text, new.start + 1, new."end" - new.start), '。')
    FROM source_texts st WHERE st.source_id = new.source_id), 0) WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `measures_lead_au` AFTER UPDATE OF start, "end", source_id ON `measures` BEGIN
  UPDATE measures SET lead_end = COALESCE((SELECT instr(substr(st.raw_text, new.start + 1, new."end" - new.start), '。')
    FROM source_texts st WHERE st.source_id = new.source_id), 0) WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `source_texts_lead_ai` AFTER INSERT ON `source_texts` BEGIN
  UPDATE measures SET lead_end = instr(substr(new.raw_text, start + 1, "end" - start), '。') WHERE source_id = new.source_id;
END;
--> statement-breakpoint
CREATE TRIGGER `source_texts_lead_au` AFTER UPDATE OF raw_text ON `source_texts` BEGIN
  UPDATE measures SET lead_end = instr(substr(new.raw_text, start + 1, "end" - start), '。') WHERE source_id = new.source_id;
END;
--> statement-breakpoint
-- 2. place_sources: shown measures and figures per own place and source.
INSERT INTO place_sources(region_code, source_id, measures, figures)
  SELECT code, source_id, sum(measures), sum(figures) FROM (
    SELECT region_code AS code, source_id, count(*) AS measures, 0 AS figures FROM measures
      WHERE region_code IS NOT NULL AND review_status <> 'rejected' GROUP BY region_code, source_id
    UNION ALL
    SELECT region_code, source_id, 0, count(*) FROM observations WHERE review_status <> 'rejected'
      GROUP BY region_code, source_id)
  GROUP BY code, source_id;
--> statement-breakpoint
CREATE TRIGGER `measures_place_sources_ai` AFTER INSERT ON `measures` WHEN new.region_code IS NOT NULL AND new.review_status <> 'rejected' BEGIN
  INSERT INTO place_sources(region_code, source_id, measures) VALUES (new.region_code, new.source_id, 1)
    ON CONFLICT(region_code, source_id) DO UPDATE SET measures = measures + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `measures_place_sources_ad` AFTER DELETE ON `measures` WHEN old.region_code IS NOT NULL AND old.review_status <> 'rejected' BEGIN
  UPDATE place_sources SET measures = measures - 1 WHERE region_code = old.region_code AND source_id = old.source_id;
END;
--> statement-breakpoint
CREATE TRIGGER `measures_place_sources_au` AFTER UPDATE OF region_code, review_status ON `measures` BEGIN
  UPDATE place_sources SET measures = measures - 1
    WHERE region_code = old.region_code AND source_id = old.source_id AND old.review_status <> 'rejected';
  INSERT INTO place_sources(region_code, source_id, measures)
    SELECT new.region_code, new.source_id, 1 WHERE new.region_code IS NOT NULL AND new.review_status <> 'rejected'
    ON CONFLICT(region_code, source_id) DO UPDATE SET measures = measures + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `observations_place_sources_ad` AFTER DELETE ON `observations` WHEN old.review_status <> 'rejected' BEGIN
  UPDATE place_sources SET figures = figures - 1 WHERE region_code = old.region_code AND source_id = old.source_id;
END;
--> statement-breakpoint
CREATE TRIGGER `observations_place_sources_au` AFTER UPDATE OF region_code, review_status ON `observations` BEGIN
  UPDATE place_sources SET figures = figures - 1
    WHERE region_code = old.region_code AND source_id = old.source_id AND old.review_status <> 'rejected';
  INSERT INTO place_sources(region_code, source_id, figures)
    SELECT new.region_code, new.source_id, 1 WHERE new.review_status <> 'rejected'
    ON CONFLICT(region_code, source_id) DO UPDATE SET figures = figures + 1;
END;
--> statement-breakpoint
-- 3. theme_counts: shown measures per place ('' for none) and theme, from measure_themes' copies
--    (its insert trigger fills them by an update, which these follow too).
INSERT INTO theme_counts(region_code, theme_id, measures)
  SELECT COALESCE(region_code, ''), theme_id, count(*) FROM measure_themes WHERE active GROUP BY 1, 2;
--> statement-breakpoint
CREATE TRIGGER `measure_themes_counts_ai` AFTER INSERT ON `measure_themes` WHEN new.active BEGIN
  INSERT INTO theme_counts(region_code, theme_id, measures) VALUES (COALESCE(new.region_code, ''), new.theme_id, 1)
    ON CONFLICT(region_code, theme_id) DO UPDATE SET measures = measures + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `measure_themes_counts_ad` AFTER DELETE ON `measure_themes` WHEN old.active BEGIN
  UPDATE theme_counts SET measures = measures - 1 WHERE region_code = COALESCE(old.region_code, '') AND theme_id = old.theme_id;
END;
--> statement-breakpoint
CREATE TRIGGER `measure_themes_counts_au` AFTER UPDATE OF region_code, active, theme_id ON `measure_themes` BEGIN
  UPDATE theme_counts SET measures = measures - 1
    WHERE region_code = COALESCE(old.region_code, '') AND theme_id = old.theme_id AND old.active;
  INSERT INTO theme_counts(region_code, theme_id, measures)
    SELECT COALESCE(new.region_code, ''), new.theme_id, 1 WHERE new.active
    ON CONFLICT(region_code, theme_id) DO UPDATE SET measures = measures + 1;
END;
