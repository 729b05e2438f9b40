-- The serving tables of SQLite's migration 0008 (docs/decisions/014), kept by the same rules here:
-- measure_themes' copies of its measure's place, date and shown state; one measure_programs row per
-- programme a measure names; program_names' counts; region_counts. Search needs no trigger here:
-- measures' words vector is a generated column, and figures' is written with the row.
-- `active` is boolean here (0/1 in SQLite): counts add `active::int`.
--
-- 1. measure_themes copies, filled before the row is written.
CREATE FUNCTION ipb_measure_themes_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT m.region_code, m.review_status <> 'rejected', COALESCE(s.date, s.year || '-12-31', '')
    INTO NEW.region_code, NEW.active, NEW.published
    FROM measures m JOIN sources s ON s.id = m.source_id WHERE m.id = NEW.measure_id;
  IF NOT FOUND THEN
    NEW.active := true;
    NEW.published := '';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER measure_themes_copy_bi BEFORE INSERT ON measure_themes
  FOR EACH ROW EXECUTE FUNCTION ipb_measure_themes_copy();
--> statement-breakpoint
-- 2. measure_programs from measures.programs; the copies follow the measure's place and state.
CREATE FUNCTION ipb_measure_programs_insert(m measures) RETURNS void LANGUAGE sql AS $$
  INSERT INTO measure_programs (measure_id, name, region_code, published, active)
    SELECT DISTINCT m.id, e.value #>> '{}', m.region_code,
      COALESCE((SELECT COALESCE(s.date, s.year || '-12-31') FROM sources s WHERE s.id = m.source_id), ''),
      m.review_status <> 'rejected'
    FROM jsonb_array_elements(m.programs) AS e(value)
    WHERE jsonb_typeof(e.value) = 'string' AND e.value #>> '{}' <> '';
$$;
--> statement-breakpoint
CREATE FUNCTION ipb_measures_serving() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ipb_measure_programs_insert(NEW);
  ELSIF TG_OP = 'DELETE' THEN
    DELETE FROM measure_programs WHERE measure_id = OLD.id;
  ELSE
    IF NEW.programs IS DISTINCT FROM OLD.programs THEN
      DELETE FROM measure_programs WHERE measure_id = OLD.id;
      PERFORM ipb_measure_programs_insert(NEW);
    END IF;
    IF NEW.region_code IS DISTINCT FROM OLD.region_code OR NEW.review_status IS DISTINCT FROM OLD.review_status THEN
      UPDATE measure_themes SET region_code = NEW.region_code, active = NEW.review_status <> 'rejected'
        WHERE measure_id = NEW.id;
      UPDATE measure_programs SET region_code = NEW.region_code, active = NEW.review_status <> 'rejected'
        WHERE measure_id = NEW.id;
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER measures_serving AFTER INSERT OR DELETE OR UPDATE OF programs, region_code, review_status ON measures
  FOR EACH ROW EXECUTE FUNCTION ipb_measures_serving();
--> statement-breakpoint
CREATE FUNCTION ipb_measure_programs_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO program_names (name, measures) VALUES (NEW.name, NEW.active::int)
      ON CONFLICT (name) DO UPDATE SET measures = program_names.measures + excluded.measures;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE program_names SET measures = measures - OLD.active::int WHERE name = OLD.name;
  ELSE
    UPDATE program_names SET measures = measures + NEW.active::int - OLD.active::int WHERE name = NEW.name;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER measure_programs_names AFTER INSERT OR DELETE OR UPDATE OF active ON measure_programs
  FOR EACH ROW EXECUTE FUNCTION ipb_measure_programs_names();
--> statement-breakpoint
-- 3. region_counts: shown measures and figures per place (new figures are counted by
--    insertObservations, once per place and batch, as on SQLite).
CREATE FUNCTION ipb_region_count(code text, measures int, figures int) RETURNS void LANGUAGE sql AS $$
  INSERT INTO region_counts (region_code, measures, figures) VALUES (code, measures, figures)
    ON CONFLICT (region_code) DO UPDATE
    SET measures = region_counts.measures + excluded.measures, figures = region_counts.figures + excluded.figures;
$$;
--> statement-breakpoint
CREATE FUNCTION ipb_measures_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.region_code IS NOT NULL AND OLD.review_status <> 'rejected' THEN
    UPDATE region_counts SET measures = measures - 1 WHERE region_code = OLD.region_code;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.region_code IS NOT NULL AND NEW.review_status <> 'rejected' THEN
    PERFORM ipb_region_count(NEW.region_code, 1, 0);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER measures_counts AFTER INSERT OR DELETE OR UPDATE OF region_code, review_status ON measures
  FOR EACH ROW EXECUTE FUNCTION ipb_measures_counts();
--> statement-breakpoint
CREATE FUNCTION ipb_observations_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.review_status <> 'rejected' THEN
    UPDATE region_counts SET figures = figures - 1 WHERE region_code = OLD.region_code;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.review_status <> 'rejected' THEN
    PERFORM ipb_region_count(NEW.region_code, 0, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER observations_counts AFTER DELETE OR UPDATE OF region_code, review_status ON observations
  FOR EACH ROW EXECUTE FUNCTION ipb_observations_counts();
