CREATE TABLE `digest_figures` (
	`key` text PRIMARY KEY NOT NULL,
	`value` real NOT NULL,
	`value_as_written` real NOT NULL,
	`flags` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `digest_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`digest_id` integer NOT NULL,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	FOREIGN KEY (`digest_id`) REFERENCES `digests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `digest_items_digest_idx` ON `digest_items` (`digest_id`);--> statement-breakpoint
CREATE TABLE `digest_seen_measures` (
	`fingerprint` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `digests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`trigger_kind` text NOT NULL,
	`trigger_title` text NOT NULL,
	`source_id` integer,
	`baseline` integer NOT NULL,
	`counts` text NOT NULL
);
