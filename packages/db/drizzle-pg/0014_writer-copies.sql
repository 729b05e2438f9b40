DROP INDEX "observations_source_idx";--> statement-breakpoint
-- hand-written below (triggers, backfill)
-- SQLite's migration 0020: the import writes measures with their lead_end (write/insert-measures.ts,
-- from the source's text read once per source), so the lead trigger computes it on insert only when
-- the row comes with 0 (the default; a lead without 。 is computed again, as 0). Updates of start,
-- end or source_id recompute it as before. measure_themes' copies stay with their BEFORE trigger
-- (one lookup, no second write of the row here).
CREATE OR REPLACE FUNCTION ipb_measures_lead() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND NEW.lead_end <> 0 THEN
    RETURN NEW;
  END IF;
  NEW.lead_end := COALESCE((SELECT strpos(substr(st.raw_text, NEW.start + 1, NEW."end" - NEW.start), '。')
    FROM source_texts st WHERE st.source_id = NEW.source_id), 0);
  RETURN NEW;
END $$;
