-- Custom SQL migration file, put your code below! --
-- hand-written below (triggers, backfill)
-- A list parameter (a JSON array, engine/dialect.ts) as rows the planner counts as 1, not 100:
-- jsonb_array_elements_text's fixed estimate of 100 rows made PostgreSQL plan `IN (list)` over
-- whole tables (every measure for one theme, every place source for 5 places) and, with costs in
-- the millions, JIT-compile them (docs/decisions/016, eleventh session). STRICT keeps the planner
-- from inlining the body (which would bring the 100 back); lists are short, and where one is not
-- (a page's ids) an index probe per value is still bounded by the list, not by the table.
CREATE OR REPLACE FUNCTION ipb_list(jsonb) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 1
  AS $$ SELECT jsonb_array_elements_text($1) $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION ipb_ids(jsonb) RETURNS SETOF integer
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 1
  AS $$ SELECT jsonb_array_elements_text($1)::integer $$;
