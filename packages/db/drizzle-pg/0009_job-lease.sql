ALTER TABLE "jobs" ADD COLUMN "claimed_until" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;