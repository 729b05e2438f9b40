ALTER TABLE "indicators" ADD COLUMN "definition_note_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "document_number" text;