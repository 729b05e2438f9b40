-- SQLite's period_dirty triggers (migrations 0010 and 0012; docs/decisions/017, 018) on PostgreSQL,
-- now that imports write here directly: which place × indicator pairs a write touched, and for a
-- changed figure which period end ('' for none), so bumpDataVersion refreshes exactly those groups
-- of period_values in the same transaction. A source's authority or date and a settlement mark
-- whole pairs ('*', the column's default).
CREATE FUNCTION ipb_period_dirty_observations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.indicator_id IS NOT NULL THEN
    INSERT INTO period_dirty (region_code, indicator_id, period_end)
      VALUES (OLD.region_code, OLD.indicator_id, coalesce(OLD.period_end, '')) ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.indicator_id IS NOT NULL THEN
    INSERT INTO period_dirty (region_code, indicator_id, period_end)
      VALUES (NEW.region_code, NEW.indicator_id, coalesce(NEW.period_end, '')) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER period_dirty_observations AFTER INSERT OR UPDATE OR DELETE ON observations
  FOR EACH ROW EXECUTE FUNCTION ipb_period_dirty_observations();
--> statement-breakpoint
-- The rule ranks by a source's authority and publication date; a figure's fingerprint holds its source's key.
CREATE FUNCTION ipb_period_dirty_sources() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO period_dirty (region_code, indicator_id)
    SELECT DISTINCT region_code, indicator_id FROM observations WHERE source_id = NEW.id AND indicator_id IS NOT NULL
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER period_dirty_sources AFTER UPDATE OF key, authority, date, year ON sources
  FOR EACH ROW EXECUTE FUNCTION ipb_period_dirty_sources();
--> statement-breakpoint
-- A settlement decides a group's preferred value: mark the pair of the group it settles.
CREATE FUNCTION ipb_period_dirty_settlements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO period_dirty (region_code, indicator_id)
    SELECT region_code, indicator_id FROM period_values
    WHERE key IN (CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.key END, CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.key END)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER period_dirty_settlements AFTER INSERT OR UPDATE OR DELETE ON conflict_settlements
  FOR EACH ROW EXECUTE FUNCTION ipb_period_dirty_settlements();
--> statement-breakpoint
-- Figures already stored (copied in before this migration): the next write, or the store's opening, refreshes them.
INSERT INTO period_dirty (region_code, indicator_id)
  SELECT DISTINCT region_code, indicator_id FROM observations WHERE indicator_id IS NOT NULL
  ON CONFLICT DO NOTHING;
