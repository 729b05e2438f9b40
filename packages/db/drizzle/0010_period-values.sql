CREATE TABLE `period_dirty` (
	`region_code` text NOT NULL,
	`indicator_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `period_dirty_pair_idx` ON `period_dirty` (`region_code`,`indicator_id`);--> statement-breakpoint
CREATE TABLE `period_values` (
	`key` text PRIMARY KEY NOT NULL,
	`region_code` text NOT NULL,
	`indicator_id` text NOT NULL,
	`kind` text NOT NULL,
	`period_type` text NOT NULL,
	`order_year` integer,
	`order_end` text,
	`order_id` integer NOT NULL,
	`preferred_id` integer NOT NULL,
	`clusters` integer NOT NULL,
	`settled` integer NOT NULL,
	`reason` text NOT NULL,
	`alternative_ids` text NOT NULL,
	`alternatives_total` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `period_values_indicator_idx` ON `period_values` (`indicator_id`,`region_code`,`kind`,`period_type`);--> statement-breakpoint
CREATE INDEX `period_values_place_idx` ON `period_values` (`region_code`,`kind`,`period_type`,`indicator_id`);--> statement-breakpoint
-- Which place × indicator pairs a write touched (docs/decisions/017): bumpDataVersion refreshes their
-- period_values in the same transaction. Every column of a figure can move it between groups or
-- change the rule's ranking, so any change to a linked figure marks its pair (before and after).
CREATE TRIGGER `period_dirty_observations_ai` AFTER INSERT ON `observations` WHEN new.indicator_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id) VALUES (new.region_code, new.indicator_id);
END;
--> statement-breakpoint
CREATE TRIGGER `period_dirty_observations_ad` AFTER DELETE ON `observations` WHEN old.indicator_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id) VALUES (old.region_code, old.indicator_id);
END;
--> statement-breakpoint
CREATE TRIGGER `period_dirty_observations_au` AFTER UPDATE ON `observations` BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id)
    SELECT old.region_code, old.indicator_id WHERE old.indicator_id IS NOT NULL
    UNION SELECT new.region_code, new.indicator_id WHERE new.indicator_id IS NOT NULL;
END;
--> statement-breakpoint
-- The rule ranks by a source's authority and publication date; a figure's fingerprint holds its source's key.
CREATE TRIGGER `period_dirty_sources_au` AFTER UPDATE OF `key`, `authority`, `date`, `year` ON `sources` BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id)
    SELECT DISTINCT region_code, indicator_id FROM observations WHERE source_id = new.id AND indicator_id IS NOT NULL;
END;
--> statement-breakpoint
-- A settlement decides a group's preferred value: mark the pair of the group it settles.
CREATE TRIGGER `period_dirty_settlements_ai` AFTER INSERT ON `conflict_settlements` BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id)
    SELECT region_code, indicator_id FROM period_values WHERE key = new.key;
END;
--> statement-breakpoint
CREATE TRIGGER `period_dirty_settlements_au` AFTER UPDATE ON `conflict_settlements` BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id)
    SELECT region_code, indicator_id FROM period_values WHERE key IN (old.key, new.key);
END;
--> statement-breakpoint
CREATE TRIGGER `period_dirty_settlements_ad` AFTER DELETE ON `conflict_settlements` BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id)
    SELECT region_code, indicator_id FROM period_values WHERE key = old.key;
END;
--> statement-breakpoint
-- Figures already stored: createDb refreshes these pairs when it opens the database.
INSERT OR IGNORE INTO period_dirty(region_code, indicator_id)
  SELECT DISTINCT region_code, indicator_id FROM observations WHERE indicator_id IS NOT NULL;
