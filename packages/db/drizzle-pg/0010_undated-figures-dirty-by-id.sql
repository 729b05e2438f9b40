-- SQLite's migration 0016 on PostgreSQL: a figure without a period end is a period group of its
-- own, so it marks its pair with its id ('#' || id) instead of '' (the whole pair), and the
-- refresh rebuilds that one group (docs/decisions/018).
CREATE OR REPLACE FUNCTION ipb_period_dirty_observations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.indicator_id IS NOT NULL THEN
    INSERT INTO period_dirty (region_code, indicator_id, period_end)
      VALUES (OLD.region_code, OLD.indicator_id, coalesce(OLD.period_end, '#' || OLD.id)) ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.indicator_id IS NOT NULL THEN
    INSERT INTO period_dirty (region_code, indicator_id, period_end)
      VALUES (NEW.region_code, NEW.indicator_id, coalesce(NEW.period_end, '#' || NEW.id)) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
