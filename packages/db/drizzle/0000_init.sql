CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`title` text NOT NULL,
	`region_code` text,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `articles_source_idx` ON `articles` (`source_id`);--> statement-breakpoint
CREATE INDEX `articles_region_idx` ON `articles` (`region_code`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	`reason` text
);
--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`synonyms` text NOT NULL,
	`unit` text NOT NULL,
	`quantity_type` text NOT NULL,
	`theme_id` text NOT NULL,
	`higher_is_better` integer NOT NULL,
	`definition_note` text NOT NULL,
	`per_capita_denominator` text,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `measure_themes` (
	`measure_id` integer NOT NULL,
	`theme_id` text NOT NULL,
	`evidence` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_themes_pk` ON `measure_themes` (`measure_id`,`theme_id`);--> statement-breakpoint
CREATE INDEX `measure_themes_theme_idx` ON `measure_themes` (`theme_id`);--> statement-breakpoint
CREATE TABLE `measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`region_code` text,
	`ordinal` integer NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`programs` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`confidence` real NOT NULL,
	`review_status` text NOT NULL,
	`search_tokens` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measures_region_idx` ON `measures` (`region_code`);--> statement-breakpoint
CREATE INDEX `measures_source_idx` ON `measures` (`source_id`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`article_id` integer,
	`measure_id` integer,
	`external_id` text,
	`region_code` text NOT NULL,
	`indicator_id` text,
	`subject` text,
	`value_as_written` real NOT NULL,
	`value_max_as_written` real,
	`unit_as_written` text,
	`value` real NOT NULL,
	`value_max` real,
	`unit` text NOT NULL,
	`kind` text NOT NULL,
	`qualifier` text,
	`period_text` text,
	`period_type` text NOT NULL,
	`period_start` text,
	`period_end` text,
	`year` integer,
	`quote` text NOT NULL,
	`start` integer,
	`end` integer,
	`confidence` real NOT NULL,
	`review_status` text NOT NULL,
	`flags` text NOT NULL,
	`note` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `observations_series_idx` ON `observations` (`indicator_id`,`region_code`,`kind`,`period_type`);--> statement-breakpoint
CREATE INDEX `observations_source_idx` ON `observations` (`source_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `observations_external_idx` ON `observations` (`source_id`,`external_id`);--> statement-breakpoint
CREATE TABLE `regions` (
	`code` text PRIMARY KEY NOT NULL,
	`official` integer NOT NULL,
	`name` text NOT NULL,
	`short_name` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	`aliases` text NOT NULL,
	`name_en` text NOT NULL,
	`pinyin` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `regions_parent_idx` ON `regions` (`parent_code`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`type` text NOT NULL,
	`title` text NOT NULL,
	`year` integer,
	`issue_number` integer,
	`publisher` text,
	`url` text,
	`description` text,
	`date` text,
	`sha256` text NOT NULL,
	`raw_text` text NOT NULL,
	`file_name` text,
	`imported_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_key_idx` ON `sources` (`key`);--> statement-breakpoint
CREATE INDEX `sources_sha_idx` ON `sources` (`sha256`);--> statement-breakpoint
CREATE TABLE `themes` (
	`id` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`description` text NOT NULL,
	`stip` text NOT NULL,
	`lexicon` text NOT NULL,
	`position` integer NOT NULL
);
