-- A figure without a period end is a period group of its own (queries/period-groups.ts), so it
-- marks its pair with its id ('#' || id) instead of '' (the whole pair): the refresh rebuilds that
-- one group. Rebuilding the whole pair made each import of a place's undated counts read all the
-- pair's earlier ones: a long run of issues cost the square of its length (docs/decisions/018).
DROP TRIGGER `period_dirty_observations_ai`;
--> statement-breakpoint
CREATE TRIGGER `period_dirty_observations_ai` AFTER INSERT ON `observations` WHEN new.indicator_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id, period_end)
    VALUES (new.region_code, new.indicator_id, coalesce(new.period_end, '#' || new.id));
END;
--> statement-breakpoint
DROP TRIGGER `period_dirty_observations_ad`;
--> statement-breakpoint
CREATE TRIGGER `period_dirty_observations_ad` AFTER DELETE ON `observations` WHEN old.indicator_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id, period_end)
    VALUES (old.region_code, old.indicator_id, coalesce(old.period_end, '#' || old.id));
END;
--> statement-breakpoint
DROP TRIGGER `period_dirty_observations_au`;
--> statement-breakpoint
CREATE TRIGGER `period_dirty_observations_au` AFTER UPDATE ON `observations` BEGIN
  INSERT OR IGNORE INTO period_dirty(region_code, indicator_id, period_end)
    SELECT old.region_code, old.indicator_id, coalesce(old.period_end, '#' || old.id) WHERE old.indicator_id IS NOT NULL
    UNION SELECT new.region_code, new.indicator_id, coalesce(new.period_end, '#' || new.id) WHERE new.indicator_id IS NOT NULL;
END;
