ALTER TABLE `measures` ADD `list_item` blob;--> statement-breakpoint
-- hand-written below (triggers, backfill)
-- measures.list_item: the measure's list item as the exact bytes the API sends (decision 022), or
-- NULL while it is not stored; the list builds a NULL item the old way and stores it
-- (queries/measure-items.ts). These triggers set it back to NULL whenever anything the item shows
-- changes, whoever writes: so no writer has to know of it, and a row is never served stale. An
-- upsert that rewrites a row unchanged (loadData's places and themes, on every import) changes nothing.
-- No backfill: existing rows start NULL, which is always correct.
-- 1. Any change to the measure's own row (every column but list_item itself).
CREATE TRIGGER `measures_list_item_stale` AFTER UPDATE ON `measures`
  WHEN new.list_item IS NOT NULL AND new.list_item IS old.list_item BEGIN
  UPDATE measures SET list_item = NULL WHERE id = new.id;
END;
--> statement-breakpoint
-- 2. Its source's citation fields (type, authority, title, year, issue number, URL).
CREATE TRIGGER `sources_list_item_stale` AFTER UPDATE OF type, authority, title, year, issue_number, url ON `sources`
  WHEN old.type IS NOT new.type OR old.authority IS NOT new.authority OR old.title IS NOT new.title OR old.year IS NOT new.year OR old.issue_number IS NOT new.issue_number OR old.url IS NOT new.url BEGIN
  UPDATE measures SET list_item = NULL WHERE source_id = new.id AND list_item IS NOT NULL;
END;
--> statement-breakpoint
-- 3. Its article's title (through the source's index: measures has none on article_id).
CREATE TRIGGER `articles_list_item_stale` AFTER UPDATE OF title, source_id ON `articles`
  WHEN old.title IS NOT new.title OR old.source_id IS NOT new.source_id BEGIN
  UPDATE measures SET list_item = NULL
    WHERE source_id IN (old.source_id, new.source_id) AND article_id = new.id AND list_item IS NOT NULL;
END;
--> statement-breakpoint
-- 4. Its place's name.
CREATE TRIGGER `regions_list_item_stale` AFTER UPDATE OF name, code ON `regions`
  WHEN old.name IS NOT new.name OR old.code IS NOT new.code BEGIN
  UPDATE measures SET list_item = NULL WHERE region_code IN (old.code, new.code) AND list_item IS NOT NULL;
END;
--> statement-breakpoint
-- 5. The themes' order (an item lists its themes in it): rare, so every stored item.
CREATE TRIGGER `themes_list_item_stale` AFTER UPDATE OF position, id ON `themes`
  WHEN old.position IS NOT new.position OR old.id IS NOT new.id BEGIN
  UPDATE measures SET list_item = NULL WHERE list_item IS NOT NULL;
END;
