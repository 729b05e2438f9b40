CREATE TABLE "period_dirty" (
	"region_code" text NOT NULL,
	"indicator_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "period_values" (
	"key" text PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"indicator_id" text NOT NULL,
	"kind" text NOT NULL,
	"period_type" text NOT NULL,
	"order_year" integer,
	"order_end" text,
	"order_id" integer NOT NULL,
	"preferred_id" integer NOT NULL,
	"clusters" integer NOT NULL,
	"settled" boolean NOT NULL,
	"reason" text NOT NULL,
	"alternative_ids" jsonb NOT NULL,
	"alternatives_total" integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "period_dirty_pair_idx" ON "period_dirty" USING btree ("region_code","indicator_id");--> statement-breakpoint
CREATE INDEX "period_values_indicator_idx" ON "period_values" USING btree ("indicator_id","region_code","kind","period_type");--> statement-breakpoint
CREATE INDEX "period_values_place_idx" ON "period_values" USING btree ("region_code","kind","period_type","indicator_id");