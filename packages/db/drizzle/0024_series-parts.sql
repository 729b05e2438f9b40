CREATE TABLE `series_parts` (
	`indicator_id` text NOT NULL,
	`region_code` text NOT NULL,
	`form` text NOT NULL,
	`series` blob NOT NULL,
	`cut` blob NOT NULL,
	PRIMARY KEY(`indicator_id`, `region_code`)
);
--> statement-breakpoint
-- hand-written below (triggers)
-- series_parts: a place's series of one indicator as the exact bytes the API sends (decision 022,
-- "Series parts"), stored by the series route after an answer (queries/series-parts.ts). No row is
-- always correct: the route then builds the place's series the old way. These triggers delete a
-- place × indicator pair's row whenever anything its series shows may have changed, whoever writes,
-- so no writer has to know of the table. No backfill: the first request of a pair stores it.
-- 1. The pair's figures: any insert, delete or update (the old pair and the new one).
CREATE TRIGGER `series_parts_observations_ai` AFTER INSERT ON `observations` WHEN new.indicator_id IS NOT NULL BEGIN
  DELETE FROM series_parts WHERE indicator_id = new.indicator_id AND region_code = new.region_code;
END;
--> statement-breakpoint
CREATE TRIGGER `series_parts_observations_ad` AFTER DELETE ON `observations` WHEN old.indicator_id IS NOT NULL BEGIN
  DELETE FROM series_parts WHERE indicator_id = old.indicator_id AND region_code = old.region_code;
END;
--> statement-breakpoint
CREATE TRIGGER `series_parts_observations_au` AFTER UPDATE ON `observations` BEGIN
  DELETE FROM series_parts WHERE indicator_id = old.indicator_id AND region_code = old.region_code;
  DELETE FROM series_parts WHERE indicator_id = new.indicator_id AND region_code = new.region_code;
END;
--> statement-breakpoint
-- 2. The pair's period summaries: preferred values, conflicts, settlements (a settlement or a source's
--    authority reaches a series only through the refresh that rewrites them).
CREATE TRIGGER `series_parts_period_values_ai` AFTER INSERT ON `period_values` BEGIN
  DELETE FROM series_parts WHERE indicator_id = new.indicator_id AND region_code = new.region_code;
END;
--> statement-breakpoint
CREATE TRIGGER `series_parts_period_values_ad` AFTER DELETE ON `period_values` BEGIN
  DELETE FROM series_parts WHERE indicator_id = old.indicator_id AND region_code = old.region_code;
END;
--> statement-breakpoint
CREATE TRIGGER `series_parts_period_values_au` AFTER UPDATE ON `period_values` BEGIN
  DELETE FROM series_parts WHERE indicator_id = old.indicator_id AND region_code = old.region_code;
  DELETE FROM series_parts WHERE indicator_id = new.indicator_id AND region_code = new.region_code;
END;
--> statement-breakpoint
-- 3. A citation's source fields (what observationCitation shows), for the pairs of its figures.
--    Through the stored rows (few), not the source's figures (observations has no index on source_id).
CREATE TRIGGER `series_parts_sources_au` AFTER UPDATE OF type, authority, title, year, issue_number, url, document_number, description ON `sources`
  WHEN old.type IS NOT new.type OR old.authority IS NOT new.authority OR old.title IS NOT new.title OR old.year IS NOT new.year OR old.issue_number IS NOT new.issue_number OR old.url IS NOT new.url OR old.document_number IS NOT new.document_number OR old.description IS NOT new.description BEGIN
  DELETE FROM series_parts WHERE EXISTS (SELECT 1 FROM observations o
    WHERE o.indicator_id = series_parts.indicator_id AND o.region_code = series_parts.region_code AND o.source_id = new.id);
END;
--> statement-breakpoint
-- 4. A citation's article title.
CREATE TRIGGER `series_parts_articles_au` AFTER UPDATE OF title ON `articles` WHEN old.title IS NOT new.title BEGIN
  DELETE FROM series_parts WHERE EXISTS (SELECT 1 FROM observations o
    WHERE o.indicator_id = series_parts.indicator_id AND o.region_code = series_parts.region_code AND o.article_id = new.id);
END;
--> statement-breakpoint
-- 5. The place's names (each series carries them).
CREATE TRIGGER `series_parts_regions_au` AFTER UPDATE OF code, name, short_name, name_en ON `regions`
  WHEN old.code IS NOT new.code OR old.name IS NOT new.name OR old.short_name IS NOT new.short_name OR old.name_en IS NOT new.name_en BEGIN
  DELETE FROM series_parts WHERE region_code IN (old.code, new.code);
END;
