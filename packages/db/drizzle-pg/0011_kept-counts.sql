CREATE TABLE "place_sources" (
	"region_code" text NOT NULL,
	"source_id" integer NOT NULL,
	"measures" integer DEFAULT 0 NOT NULL,
	"figures" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "place_sources_region_code_source_id_pk" PRIMARY KEY("region_code","source_id")
);
--> statement-breakpoint
CREATE TABLE "theme_counts" (
	"region_code" text NOT NULL,
	"theme_id" text NOT NULL,
	"measures" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "theme_counts_region_code_theme_id_pk" PRIMARY KEY("region_code","theme_id")
);
--> statement-breakpoint
DROP INDEX "measure_themes_theme_idx";--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "lead_end" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "place_sources" ADD CONSTRAINT "place_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measure_themes_theme_idx" ON "measure_themes" USING btree ("theme_id","active","measure_id");--> statement-breakpoint
-- SQLite's migration 0017, kept by the same rules here: measures.lead_end, place_sources and
-- theme_counts (new figures are counted by insertObservations, once per batch, as on SQLite).
--
-- 1. measures.lead_end: where the first sentence ends, from the source's text, once per write.
UPDATE measures m SET lead_end = COALESCE((SELECT strpos(substr(st.raw_text, m.start + 1, m."end" - m.start), '。')
  FROM source_texts st WHERE st.source_id = m.source_id), 0);
--> statement-breakpoint
CREATE FUNCTION ipb_measures_lead() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.lead_end := COALESCE((SELECT strpos(substr(st.raw_text, NEW.start + 1, NEW."end" - NEW.start), '。')
    FROM source_texts st WHERE st.source_id = NEW.source_id), 0);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER measures_lead BEFORE INSERT OR UPDATE OF start, "end", source_id ON measures
  FOR EACH ROW EXECUTE FUNCTION ipb_measures_lead();
--> statement-breakpoint
CREATE FUNCTION ipb_source_texts_lead() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE measures SET lead_end = strpos(substr(NEW.raw_text, start + 1, "end" - start), '。') WHERE source_id = NEW.source_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER source_texts_lead AFTER INSERT OR UPDATE OF raw_text ON source_texts
  FOR EACH ROW EXECUTE FUNCTION ipb_source_texts_lead();
--> statement-breakpoint
-- 2. place_sources: shown measures and figures per own place and source.
INSERT INTO place_sources (region_code, source_id, measures, figures)
  SELECT code, source_id, sum(measures), sum(figures) FROM (
    SELECT region_code AS code, source_id, count(*) AS measures, 0 AS figures FROM measures
      WHERE region_code IS NOT NULL AND review_status <> 'rejected' GROUP BY region_code, source_id
    UNION ALL
    SELECT region_code, source_id, 0, count(*) FROM observations WHERE review_status <> 'rejected'
      GROUP BY region_code, source_id) AS counted
  GROUP BY code, source_id;
--> statement-breakpoint
CREATE FUNCTION ipb_place_source(p_code text, p_source integer, p_measures integer, p_figures integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO place_sources (region_code, source_id, measures, figures) VALUES (p_code, p_source, p_measures, p_figures)
    ON CONFLICT (region_code, source_id) DO UPDATE
    SET measures = place_sources.measures + excluded.measures, figures = place_sources.figures + excluded.figures;
$$;
--> statement-breakpoint
CREATE FUNCTION ipb_measures_place_sources() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.region_code IS NOT NULL AND OLD.review_status <> 'rejected' THEN
    UPDATE place_sources SET measures = measures - 1 WHERE region_code = OLD.region_code AND source_id = OLD.source_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.region_code IS NOT NULL AND NEW.review_status <> 'rejected' THEN
    PERFORM ipb_place_source(NEW.region_code, NEW.source_id, 1, 0);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER measures_place_sources AFTER INSERT OR DELETE OR UPDATE OF region_code, review_status ON measures
  FOR EACH ROW EXECUTE FUNCTION ipb_measures_place_sources();
--> statement-breakpoint
CREATE FUNCTION ipb_observations_place_sources() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.review_status <> 'rejected' THEN
    UPDATE place_sources SET figures = figures - 1 WHERE region_code = OLD.region_code AND source_id = OLD.source_id;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.review_status <> 'rejected' THEN
    PERFORM ipb_place_source(NEW.region_code, NEW.source_id, 0, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER observations_place_sources AFTER DELETE OR UPDATE OF region_code, review_status ON observations
  FOR EACH ROW EXECUTE FUNCTION ipb_observations_place_sources();
--> statement-breakpoint
-- 3. theme_counts: shown measures per place ('' for none) and theme, from measure_themes' copies.
INSERT INTO theme_counts (region_code, theme_id, measures)
  SELECT COALESCE(region_code, ''), theme_id, count(*) FROM measure_themes WHERE active GROUP BY 1, 2;
--> statement-breakpoint
CREATE FUNCTION ipb_theme_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.active THEN
    UPDATE theme_counts SET measures = measures - 1
      WHERE region_code = COALESCE(OLD.region_code, '') AND theme_id = OLD.theme_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.active THEN
    INSERT INTO theme_counts (region_code, theme_id, measures) VALUES (COALESCE(NEW.region_code, ''), NEW.theme_id, 1)
      ON CONFLICT (region_code, theme_id) DO UPDATE SET measures = theme_counts.measures + 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER measure_themes_counts AFTER INSERT OR DELETE OR UPDATE OF region_code, active, theme_id ON measure_themes
  FOR EACH ROW EXECUTE FUNCTION ipb_theme_counts();
