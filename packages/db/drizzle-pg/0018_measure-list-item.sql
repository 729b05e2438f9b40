ALTER TABLE "measures" ADD COLUMN "list_item" "bytea";--> statement-breakpoint
-- hand-written below (triggers, backfill)
-- measures.list_item: the measure's list item as the exact bytes the API sends (decision 022), or
-- NULL while it is not stored; SQLite 0023 has the same rules. These triggers set it back to NULL
-- whenever anything the item shows changes, whoever writes; a row rewritten unchanged (loadData's
-- upserts) changes nothing. No backfill: NULL is always correct.
-- 1. Any change to the measure's own row (every column but list_item itself).
CREATE FUNCTION ipb_measure_list_item_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.list_item := NULL;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER measures_list_item_stale BEFORE UPDATE ON measures
  FOR EACH ROW WHEN (OLD.list_item IS NOT NULL AND NEW.list_item IS NOT DISTINCT FROM OLD.list_item)
  EXECUTE FUNCTION ipb_measure_list_item_stale();
--> statement-breakpoint
-- 2-5. Its source's citation fields, its article's title, its place's name, the themes' order.
CREATE FUNCTION ipb_list_items_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sources' THEN
    UPDATE measures SET list_item = NULL WHERE source_id = NEW.id AND list_item IS NOT NULL;
  ELSIF TG_TABLE_NAME = 'articles' THEN
    UPDATE measures SET list_item = NULL
      WHERE source_id IN (OLD.source_id, NEW.source_id) AND article_id = NEW.id AND list_item IS NOT NULL;
  ELSIF TG_TABLE_NAME = 'regions' THEN
    UPDATE measures SET list_item = NULL WHERE region_code IN (OLD.code, NEW.code) AND list_item IS NOT NULL;
  ELSE
    UPDATE measures SET list_item = NULL WHERE list_item IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sources_list_item_stale AFTER UPDATE OF type, authority, title, year, issue_number, url ON sources
  FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type OR OLD.authority IS DISTINCT FROM NEW.authority OR OLD.title IS DISTINCT FROM NEW.title OR OLD.year IS DISTINCT FROM NEW.year OR OLD.issue_number IS DISTINCT FROM NEW.issue_number OR OLD.url IS DISTINCT FROM NEW.url)
  EXECUTE FUNCTION ipb_list_items_stale();
--> statement-breakpoint
CREATE TRIGGER articles_list_item_stale AFTER UPDATE OF title, source_id ON articles
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.source_id IS DISTINCT FROM NEW.source_id)
  EXECUTE FUNCTION ipb_list_items_stale();
--> statement-breakpoint
CREATE TRIGGER regions_list_item_stale AFTER UPDATE OF name, code ON regions
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.code IS DISTINCT FROM NEW.code)
  EXECUTE FUNCTION ipb_list_items_stale();
--> statement-breakpoint
CREATE TRIGGER themes_list_item_stale AFTER UPDATE OF position, id ON themes
  FOR EACH ROW WHEN (OLD.position IS DISTINCT FROM NEW.position OR OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION ipb_list_items_stale();
