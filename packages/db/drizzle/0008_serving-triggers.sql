-- What the serving path reads instead of scanning (docs/decisions/014), kept by triggers so that
-- every writer — import, CSV, bureau entry, review — keeps it right without knowing about it.
-- ipb_words(text) is jieba's search-mode cut, space separated: createDb registers it on every
-- connection (segment.ts), so these triggers only run through createDb.
--
-- 1. measure_themes carries its measure's place, source date and shown/rejected state, so Compare
--    reads a place's latest measures per theme from one index.
CREATE INDEX `measure_themes_place_idx` ON `measure_themes` (`region_code`, `theme_id`, `active`, `published` DESC, `measure_id`);
--> statement-breakpoint
UPDATE `measure_themes` SET
  `region_code` = (SELECT m.region_code FROM measures m WHERE m.id = measure_themes.measure_id),
  `active` = (SELECT m.review_status <> 'rejected' FROM measures m WHERE m.id = measure_themes.measure_id),
  `published` = COALESCE((SELECT COALESCE(s.date, s.year || '-12-31') FROM measures m JOIN sources s ON s.id = m.source_id WHERE m.id = measure_themes.measure_id), '');
--> statement-breakpoint
CREATE TRIGGER `measure_themes_copy_ai` AFTER INSERT ON `measure_themes` BEGIN
  UPDATE measure_themes SET region_code = m.region_code, active = m.review_status <> 'rejected',
    published = COALESCE(s.date, s.year || '-12-31', '')
  FROM measures m JOIN sources s ON s.id = m.source_id
  WHERE measure_themes.rowid = new.rowid AND m.id = new.measure_id;
END;
--> statement-breakpoint
-- 2. measure_programs: one row per programme a measure names; program_names counts shown measures per name.
CREATE TRIGGER `measures_programs_ai` AFTER INSERT ON `measures` BEGIN
  INSERT INTO measure_programs(measure_id, name, region_code, published, active)
    SELECT DISTINCT new.id, p.value, new.region_code,
      COALESCE((SELECT COALESCE(s.date, s.year || '-12-31') FROM sources s WHERE s.id = new.source_id), ''),
      new.review_status <> 'rejected'
    FROM json_each(new.programs) p WHERE p.type = 'text' AND p.value <> '';
END;
--> statement-breakpoint
CREATE TRIGGER `measures_programs_ad` AFTER DELETE ON `measures` BEGIN
  DELETE FROM measure_programs WHERE measure_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `measures_programs_au` AFTER UPDATE OF programs ON `measures` BEGIN
  DELETE FROM measure_programs WHERE measure_id = old.id;
  INSERT INTO measure_programs(measure_id, name, region_code, published, active)
    SELECT DISTINCT new.id, p.value, new.region_code,
      COALESCE((SELECT COALESCE(s.date, s.year || '-12-31') FROM sources s WHERE s.id = new.source_id), ''),
      new.review_status <> 'rejected'
    FROM json_each(new.programs) p WHERE p.type = 'text' AND p.value <> '';
END;
--> statement-breakpoint
CREATE TRIGGER `measures_copies_au` AFTER UPDATE OF region_code, review_status ON `measures` BEGIN
  UPDATE measure_themes SET region_code = new.region_code, active = new.review_status <> 'rejected' WHERE measure_id = new.id;
  UPDATE measure_programs SET region_code = new.region_code, active = new.review_status <> 'rejected' WHERE measure_id = new.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `program_names_trgm` USING fts5(name, content='program_names', content_rowid='rowid', tokenize='trigram');
--> statement-breakpoint
CREATE VIRTUAL TABLE `program_names_words` USING fts5(words, content='', contentless_delete=1, tokenize='unicode61');
--> statement-breakpoint
CREATE TRIGGER `program_names_ai` AFTER INSERT ON `program_names` BEGIN
  INSERT INTO program_names_trgm(rowid, name) VALUES (new.rowid, new.name);
  INSERT INTO program_names_words(rowid, words) VALUES (new.rowid, ipb_words(new.name));
END;
--> statement-breakpoint
CREATE TRIGGER `measure_programs_ai` AFTER INSERT ON `measure_programs` BEGIN
  INSERT INTO program_names(name, measures) VALUES (new.name, new.active)
    ON CONFLICT(name) DO UPDATE SET measures = measures + excluded.measures;
END;
--> statement-breakpoint
CREATE TRIGGER `measure_programs_ad` AFTER DELETE ON `measure_programs` BEGIN
  UPDATE program_names SET measures = measures - old.active WHERE name = old.name;
END;
--> statement-breakpoint
CREATE TRIGGER `measure_programs_au` AFTER UPDATE OF active ON `measure_programs` BEGIN
  UPDATE program_names SET measures = measures + new.active - old.active WHERE name = new.name;
END;
--> statement-breakpoint
INSERT INTO measure_programs(measure_id, name, region_code, published, active)
  SELECT DISTINCT m.id, p.value, m.region_code, COALESCE(s.date, s.year || '-12-31', ''), m.review_status <> 'rejected'
  FROM measures m JOIN sources s ON s.id = m.source_id JOIN json_each(m.programs) p
  WHERE p.type = 'text' AND p.value <> '';
--> statement-breakpoint
-- 3. Figures are searched by jieba words (subject and quote) in a unicode61 index, like measures.
--    New figures are indexed by insertObservations (write/insert-observations.ts), the one way figures
--    are inserted, which cuts a whole batch in one call into jieba; deletes and edits by triggers.
CREATE VIRTUAL TABLE `observations_fts` USING fts5(words, content='', contentless_delete=1, tokenize='unicode61');
--> statement-breakpoint
CREATE TRIGGER `observations_fts_ad` AFTER DELETE ON `observations` BEGIN
  DELETE FROM observations_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `observations_fts_au` AFTER UPDATE OF subject, quote ON `observations` BEGIN
  DELETE FROM observations_fts WHERE rowid = old.id;
  INSERT INTO observations_fts(rowid, words) VALUES (new.id, ipb_words(COALESCE(new.subject, '') || ' ' || new.quote));
END;
--> statement-breakpoint
INSERT INTO observations_fts(rowid, words) SELECT id, ipb_words(COALESCE(subject, '') || ' ' || quote) FROM observations;
--> statement-breakpoint
-- 4. region_counts: shown measures and figures per place, for the places-with-data list (new
--    figures counted by insertObservations, once per place and batch).
CREATE TRIGGER `measures_counts_ai` AFTER INSERT ON `measures` WHEN new.region_code IS NOT NULL AND new.review_status <> 'rejected' BEGIN
  INSERT INTO region_counts(region_code, measures) VALUES (new.region_code, 1)
    ON CONFLICT(region_code) DO UPDATE SET measures = measures + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `measures_counts_ad` AFTER DELETE ON `measures` WHEN old.region_code IS NOT NULL AND old.review_status <> 'rejected' BEGIN
  UPDATE region_counts SET measures = measures - 1 WHERE region_code = old.region_code;
END;
--> statement-breakpoint
CREATE TRIGGER `measures_counts_au` AFTER UPDATE OF region_code, review_status ON `measures` BEGIN
  UPDATE region_counts SET measures = measures - 1
    WHERE region_code = old.region_code AND old.review_status <> 'rejected';
  INSERT INTO region_counts(region_code, measures)
    SELECT new.region_code, 1 WHERE new.region_code IS NOT NULL AND new.review_status <> 'rejected'
    ON CONFLICT(region_code) DO UPDATE SET measures = measures + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `observations_counts_ad` AFTER DELETE ON `observations` WHEN old.review_status <> 'rejected' BEGIN
  UPDATE region_counts SET figures = figures - 1 WHERE region_code = old.region_code;
END;
--> statement-breakpoint
CREATE TRIGGER `observations_counts_au` AFTER UPDATE OF region_code, review_status ON `observations` BEGIN
  UPDATE region_counts SET figures = figures - 1
    WHERE region_code = old.region_code AND old.review_status <> 'rejected';
  INSERT INTO region_counts(region_code, figures)
    SELECT new.region_code, 1 WHERE new.review_status <> 'rejected'
    ON CONFLICT(region_code) DO UPDATE SET figures = figures + 1;
END;
--> statement-breakpoint
INSERT INTO region_counts(region_code, measures, figures)
  SELECT code, sum(measures), sum(figures) FROM (
    SELECT region_code AS code, count(*) AS measures, 0 AS figures FROM measures
      WHERE region_code IS NOT NULL AND review_status <> 'rejected' GROUP BY region_code
    UNION ALL
    SELECT region_code, 0, count(*) FROM observations WHERE review_status <> 'rejected' GROUP BY region_code)
  GROUP BY code;
--> statement-breakpoint
-- 5. Measures are searched by their jieba words only: on the 50 policy terms of the search
--    benchmark the words find 99 % of what LIKE finds, and the trigram index cost a sixth of the
--    import time and most of the database's size (docs/decisions/004).
DROP TRIGGER `measures_fts_ai`;
--> statement-breakpoint
DROP TRIGGER `measures_fts_ad`;
--> statement-breakpoint
DROP TRIGGER `measures_fts_au`;
--> statement-breakpoint
DROP TABLE `measures_fts_trgm`;
--> statement-breakpoint
CREATE TRIGGER `measures_fts_ai` AFTER INSERT ON `measures` BEGIN
  INSERT INTO measures_fts_words(rowid, search_tokens) VALUES (new.id, new.search_tokens);
END;
--> statement-breakpoint
CREATE TRIGGER `measures_fts_ad` AFTER DELETE ON `measures` BEGIN
  INSERT INTO measures_fts_words(measures_fts_words, rowid, search_tokens) VALUES ('delete', old.id, old.search_tokens);
END;
--> statement-breakpoint
CREATE TRIGGER `measures_fts_au` AFTER UPDATE OF search_tokens ON `measures` BEGIN
  INSERT INTO measures_fts_words(measures_fts_words, rowid, search_tokens) VALUES ('delete', old.id, old.search_tokens);
  INSERT INTO measures_fts_words(rowid, search_tokens) VALUES (new.id, new.search_tokens);
END;
