CREATE TABLE "figure_hits" (
	"observation_id" integer PRIMARY KEY NOT NULL,
	"source_id" integer NOT NULL,
	"form" text NOT NULL,
	"hit" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE INDEX "figure_hits_source_idx" ON "figure_hits" USING btree ("source_id");--> statement-breakpoint
-- hand-written below (triggers)
-- figure_hits: a figure as GET /api/search shows it, the exact bytes the API sends
-- (docs/decisions/014, sixteenth session: search — cold); SQLite 0026 has the same rules. These
-- triggers delete a figure's row whenever anything its hit shows may have changed, whoever writes.
-- The figures' triggers are per statement with transition tables: an import's bulk insert pays one
-- delete, not one function call per row. No backfill: no row is always correct.
CREATE FUNCTION ipb_figure_hits_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM figure_hits f USING old_rows o WHERE f.observation_id = o.id;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    DELETE FROM figure_hits f USING new_rows n WHERE f.observation_id = n.id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- 1. The figure itself: any insert (an id seen before), delete or update.
CREATE TRIGGER figure_hits_observations_ai AFTER INSERT ON observations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ipb_figure_hits_rows();
--> statement-breakpoint
CREATE TRIGGER figure_hits_observations_ad AFTER DELETE ON observations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ipb_figure_hits_rows();
--> statement-breakpoint
CREATE TRIGGER figure_hits_observations_au AFTER UPDATE ON observations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ipb_figure_hits_rows();
--> statement-breakpoint
-- 2-4. A citation's source fields and article title (every stored figure of the article's source),
--      the place's name.
CREATE FUNCTION ipb_figure_hits_shown() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sources' THEN
    DELETE FROM figure_hits WHERE source_id = NEW.id;
  ELSIF TG_TABLE_NAME = 'articles' THEN
    DELETE FROM figure_hits WHERE source_id IN (OLD.source_id, NEW.source_id);
  ELSE
    DELETE FROM figure_hits WHERE observation_id IN (SELECT id FROM observations WHERE region_code IN (OLD.code, NEW.code));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER figure_hits_sources_au AFTER UPDATE OF type, authority, title, year, issue_number, url, document_number, description ON sources
  FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type OR OLD.authority IS DISTINCT FROM NEW.authority OR OLD.title IS DISTINCT FROM NEW.title OR OLD.year IS DISTINCT FROM NEW.year OR OLD.issue_number IS DISTINCT FROM NEW.issue_number OR OLD.url IS DISTINCT FROM NEW.url OR OLD.document_number IS DISTINCT FROM NEW.document_number OR OLD.description IS DISTINCT FROM NEW.description)
  EXECUTE FUNCTION ipb_figure_hits_shown();
--> statement-breakpoint
CREATE TRIGGER figure_hits_articles_au AFTER UPDATE OF title ON articles
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title)
  EXECUTE FUNCTION ipb_figure_hits_shown();
--> statement-breakpoint
CREATE TRIGGER figure_hits_regions_au AFTER UPDATE OF code, name ON regions
  FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code OR OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION ipb_figure_hits_shown();
