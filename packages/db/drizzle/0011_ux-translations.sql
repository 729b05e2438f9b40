ALTER TABLE `indicators` ADD `definition_note_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `document_number` text;