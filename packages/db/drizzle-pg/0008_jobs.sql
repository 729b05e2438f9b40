CREATE TABLE "jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"owner_id" integer NOT NULL,
	"input" jsonb,
	"payload" text,
	"progress" jsonb NOT NULL,
	"result" jsonb,
	"problem" jsonb,
	"claimed_by" text,
	"created_at" text NOT NULL,
	"started_at" text,
	"finished_at" text
);
--> statement-breakpoint
CREATE INDEX "jobs_status_idx" ON "jobs" USING btree ("status","created_at");