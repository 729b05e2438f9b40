ALTER TABLE `indicators` ADD `new_of` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `ratio` text;