CREATE TABLE `login_failures` (
	`username` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`locked_until` text,
	`last_failure_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `api_tokens` ADD `expires_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `pending_uploads` ADD `expires_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `pending_uploads` ADD `confirmed_at` text;--> statement-breakpoint
UPDATE `api_tokens` SET `expires_at` = strftime('%Y-%m-%dT%H:%M:%fZ', `created_at`, '+90 days');--> statement-breakpoint
UPDATE `pending_uploads` SET `expires_at` = strftime('%Y-%m-%dT%H:%M:%fZ', `created_at`, '+1 day');--> statement-breakpoint
UPDATE `pending_uploads` SET `confirmed_at` = `created_at` WHERE `confirmed_source_id` IS NOT NULL;
