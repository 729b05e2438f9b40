CREATE TABLE `measure_programs` (
	`measure_id` integer NOT NULL,
	`name` text NOT NULL,
	`region_code` text,
	`published` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE INDEX `measure_programs_measure_idx` ON `measure_programs` (`measure_id`);--> statement-breakpoint
CREATE INDEX `measure_programs_name_idx` ON `measure_programs` (`name`,`measure_id`);--> statement-breakpoint
CREATE INDEX `measure_programs_place_idx` ON `measure_programs` (`region_code`,`active`,`name`);--> statement-breakpoint
CREATE TABLE `program_names` (
	`name` text PRIMARY KEY NOT NULL,
	`measures` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `region_counts` (
	`region_code` text PRIMARY KEY NOT NULL,
	`measures` integer DEFAULT 0 NOT NULL,
	`figures` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `source_texts` (
	`source_id` integer PRIMARY KEY NOT NULL,
	`raw_text` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `measure_themes_theme_idx`;--> statement-breakpoint
ALTER TABLE `measure_themes` ADD `region_code` text;--> statement-breakpoint
ALTER TABLE `measure_themes` ADD `published` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `measure_themes` ADD `active` integer DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX `measure_themes_theme_idx` ON `measure_themes` (`theme_id`,`active`);--> statement-breakpoint
DROP INDEX `measures_region_idx`;--> statement-breakpoint
DROP INDEX `measures_source_idx`;--> statement-breakpoint
CREATE INDEX `measures_region_idx` ON `measures` (`region_code`,`source_id`,`review_status`);--> statement-breakpoint
CREATE INDEX `measures_source_idx` ON `measures` (`source_id`,`review_status`);--> statement-breakpoint
DROP INDEX `observations_series_idx`;--> statement-breakpoint
CREATE INDEX `observations_region_idx` ON `observations` (`region_code`,`source_id`,`review_status`,`period_end`);--> statement-breakpoint
CREATE INDEX `observations_place_idx` ON `observations` (`region_code`,`kind`,`period_type`,`indicator_id`);--> statement-breakpoint
CREATE INDEX `observations_series_idx` ON `observations` (`indicator_id`,`region_code`,`kind`,`period_type`,`period_end`);--> statement-breakpoint
-- The text moves to its own table before the column goes (no source loses its text).
INSERT INTO `source_texts` (`source_id`, `raw_text`) SELECT `id`, `raw_text` FROM `sources`;--> statement-breakpoint
ALTER TABLE `sources` DROP COLUMN `raw_text`;