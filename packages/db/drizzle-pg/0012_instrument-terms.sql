CREATE TABLE "instrument_terms" (
	"observation_id" integer PRIMARY KEY NOT NULL,
	"measure_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"start" integer NOT NULL,
	"instrument_id" text NOT NULL,
	"term_kind" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"programme" text
);
--> statement-breakpoint
CREATE TABLE "measure_instruments" (
	"measure_id" integer NOT NULL,
	"instrument_id" text NOT NULL,
	"region_code" text NOT NULL,
	"source_date" text DEFAULT '' NOT NULL,
	"terms" integer DEFAULT 0 NOT NULL,
	"words" jsonb NOT NULL,
	CONSTRAINT "measure_instruments_measure_id_instrument_id_pk" PRIMARY KEY("measure_id","instrument_id")
);
--> statement-breakpoint
ALTER TABLE "instrument_terms" ADD CONSTRAINT "instrument_terms_observation_id_observations_id_fk" FOREIGN KEY ("observation_id") REFERENCES "public"."observations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_terms" ADD CONSTRAINT "instrument_terms_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_instruments" ADD CONSTRAINT "measure_instruments_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "instrument_terms_place_idx" ON "instrument_terms" USING btree ("region_code","measure_id","start","observation_id");--> statement-breakpoint
CREATE INDEX "instrument_terms_instrument_idx" ON "instrument_terms" USING btree ("instrument_id","region_code");--> statement-breakpoint
CREATE INDEX "instrument_terms_measure_idx" ON "instrument_terms" USING btree ("measure_id","instrument_id");--> statement-breakpoint
CREATE INDEX "measure_instruments_place_idx" ON "measure_instruments" USING btree ("region_code","instrument_id","source_date","measure_id","terms");
-- hand-written below (triggers, backfill)
-- None in SQL: the terms are read with the lexicon of data/taxonomy/instruments.json in JavaScript.
-- The writers keep the rows (packages/db/src/write/instrument-terms.ts); the backfill is loadData's
-- keepLexicon, which finds no lexicon recorded after this migration and fills both tables
-- (SQLite: on start; PostgreSQL: npm run db:migrate). docs/decisions/015, 2026-12-07.
