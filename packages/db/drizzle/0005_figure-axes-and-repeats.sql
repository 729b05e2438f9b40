ALTER TABLE `observations` ADD `measure` text DEFAULT 'level' NOT NULL;--> statement-breakpoint
ALTER TABLE `observations` ADD `status` text DEFAULT 'actual' NOT NULL;--> statement-breakpoint
ALTER TABLE `observations` ADD `repeats` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
-- Rows stored before the axes: read them from the kind (axesOfKind in @ipb/domain). A target is
-- taken as a level, a growth in %/倍/番/成 as a rate and in any other unit as a change.
UPDATE `observations` SET `status` = 'target' WHERE `kind` = 'target';--> statement-breakpoint
UPDATE `observations` SET `measure` = 'share' WHERE `kind` = 'share';--> statement-breakpoint
UPDATE `observations` SET `measure` = CASE WHEN `unit` IN ('%', '倍', '番', '成') THEN 'rate' ELSE 'change' END WHERE `kind` = 'growth';
