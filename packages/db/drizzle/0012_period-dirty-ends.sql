DROP INDEX `period_dirty_pair_idx`;--> statement-breakpoint
ALTER TABLE `period_dirty` ADD `period_end` text DEFAULT '*' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `period_dirty_pair_idx` ON `period_dirty` (`region_code`,`indicator_id`,`period_end`);--> statement-breakpoint
-- A changed figure marks its pair with its period end ('' for none), so the refresh rebuilds only
-- those periods' groups: a group's figures all share one period end (docs/decisions/018). A source's
-- authority or date and a settlement still mark whole pairs ('*', the column's default).
DROP TRIGGER `period_dirty_observations_ai`;
--> statement-breakpoint
CREATE TRIGGER `period_dirty_observations_ai` AFTER INSERT ON `observations` WHEN new.indicator_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id, period_end)
    VALUES (new.region_code, new.indicator_id, coalesce(new.period_end, ''));
END;
--> statement-breakpoint
DROP TRIGGER `period_dirty_observations_ad`;
--> statement-breakpoint
CREATE TRIGGER `period_dirty_observations_ad` AFTER DELETE ON `observations` WHEN old.indicator_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id, period_end)
    VALUES (old.region_code, old.indicator_id, coalesce(old.period_end, ''));
END;
--> statement-breakpoint
DROP TRIGGER `period_dirty_observations_au`;
--> statement-breakpoint
CREATE TRIGGER `period_dirty_observations_au` AFTER UPDATE ON `observations` BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id, period_end)
    SELECT old.region_code, old.indicator_id, coalesce(old.period_end, '') WHERE old.indicator_id IS NOT NULL
    UNION SELECT new.region_code, new.indicator_id, coalesce(new.period_end, '') WHERE new.indicator_id IS NOT NULL;
END;
