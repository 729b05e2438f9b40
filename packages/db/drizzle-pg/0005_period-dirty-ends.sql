DROP INDEX "period_dirty_pair_idx";--> statement-breakpoint
ALTER TABLE "period_dirty" ADD COLUMN "period_end" text DEFAULT '*' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "period_dirty_pair_idx" ON "period_dirty" USING btree ("region_code","indicator_id","period_end");