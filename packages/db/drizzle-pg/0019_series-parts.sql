CREATE TABLE "series_parts" (
	"indicator_id" text NOT NULL,
	"region_code" text NOT NULL,
	"form" text NOT NULL,
	"series" "bytea" NOT NULL,
	"cut" "bytea" NOT NULL,
	CONSTRAINT "series_parts_indicator_id_region_code_pk" PRIMARY KEY("indicator_id","region_code")
);
--> statement-breakpoint
-- hand-written below (triggers)
-- series_parts: a place's series of one indicator as the exact bytes the API sends (decision 022,
-- "Series parts"); SQLite 0024 has the same rules. These triggers delete a place × indicator pair's
-- row whenever anything its series shows may have changed, whoever writes. The figures' and
-- summaries' triggers are per statement with transition tables: an import's bulk insert pays one
-- delete, not one function call per row. No backfill: no row is always correct.
CREATE FUNCTION ipb_series_parts_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM series_parts p USING old_rows o WHERE p.indicator_id = o.indicator_id AND p.region_code = o.region_code;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    DELETE FROM series_parts p USING new_rows n WHERE p.indicator_id = n.indicator_id AND p.region_code = n.region_code;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- 1. The pair's figures: any insert, delete or update (the old pair and the new one).
CREATE TRIGGER series_parts_observations_ai AFTER INSERT ON observations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ipb_series_parts_rows();
--> statement-breakpoint
CREATE TRIGGER series_parts_observations_ad AFTER DELETE ON observations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ipb_series_parts_rows();
--> statement-breakpoint
CREATE TRIGGER series_parts_observations_au AFTER UPDATE ON observations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ipb_series_parts_rows();
--> statement-breakpoint
-- 2. The pair's period summaries: preferred values, conflicts, settlements.
CREATE TRIGGER series_parts_period_values_ai AFTER INSERT ON period_values
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ipb_series_parts_rows();
--> statement-breakpoint
CREATE TRIGGER series_parts_period_values_ad AFTER DELETE ON period_values
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ipb_series_parts_rows();
--> statement-breakpoint
CREATE TRIGGER series_parts_period_values_au AFTER UPDATE ON period_values
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ipb_series_parts_rows();
--> statement-breakpoint
-- 3-5. A citation's source fields and article title, the place's names.
CREATE FUNCTION ipb_series_parts_shown() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sources' THEN
    DELETE FROM series_parts p WHERE EXISTS (SELECT 1 FROM observations o
      WHERE o.indicator_id = p.indicator_id AND o.region_code = p.region_code AND o.source_id = NEW.id);
  ELSIF TG_TABLE_NAME = 'articles' THEN
    DELETE FROM series_parts p WHERE EXISTS (SELECT 1 FROM observations o
      WHERE o.indicator_id = p.indicator_id AND o.region_code = p.region_code AND o.article_id = NEW.id);
  ELSE
    DELETE FROM series_parts WHERE region_code IN (OLD.code, NEW.code);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER series_parts_sources_au AFTER UPDATE OF type, authority, title, year, issue_number, url, document_number, description ON sources
  FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type OR OLD.authority IS DISTINCT FROM NEW.authority OR OLD.title IS DISTINCT FROM NEW.title OR OLD.year IS DISTINCT FROM NEW.year OR OLD.issue_number IS DISTINCT FROM NEW.issue_number OR OLD.url IS DISTINCT FROM NEW.url OR OLD.document_number IS DISTINCT FROM NEW.document_number OR OLD.description IS DISTINCT FROM NEW.description)
  EXECUTE FUNCTION ipb_series_parts_shown();
--> statement-breakpoint
CREATE TRIGGER series_parts_articles_au AFTER UPDATE OF title ON articles
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title)
  EXECUTE FUNCTION ipb_series_parts_shown();
--> statement-breakpoint
CREATE TRIGGER series_parts_regions_au AFTER UPDATE OF code, name, short_name, name_en ON regions
  FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code OR OLD.name IS DISTINCT FROM NEW.name OR OLD.short_name IS DISTINCT FROM NEW.short_name OR OLD.name_en IS DISTINCT FROM NEW.name_en)
  EXECUTE FUNCTION ipb_series_parts_shown();
