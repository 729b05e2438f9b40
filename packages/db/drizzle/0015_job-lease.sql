ALTER TABLE `jobs` ADD `claimed_until` text;--> statement-breakpoint
ALTER TABLE `jobs` ADD `attempts` integer DEFAULT 0 NOT NULL;