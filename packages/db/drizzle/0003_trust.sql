CREATE TABLE `conflict_settlements` (
	`key` text PRIMARY KEY NOT NULL,
	`chosen` text NOT NULL,
	`members` text NOT NULL,
	`reason` text NOT NULL,
	`actor` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `indicators` ADD `scope` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `authority` text DEFAULT 'news_reprint' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `authority_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `authority_overridden` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `sources_authority_idx` ON `sources` (`authority`);--> statement-breakpoint
UPDATE `sources` SET `authority` = 'bulletin', `authority_reason` = 'an issue of the bureau bulletin 科技情报参考' WHERE `type` = 'bulletin';--> statement-breakpoint
UPDATE `sources` SET `authority` = 'bureau_entry', `authority_reason` = 'entered by the bureau' WHERE `type` IN ('manual', 'csv');
