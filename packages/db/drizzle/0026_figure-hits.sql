CREATE TABLE `figure_hits` (
	`observation_id` integer PRIMARY KEY NOT NULL,
	`source_id` integer NOT NULL,
	`form` text NOT NULL,
	`hit` blob NOT NULL
);
--> statement-breakpoint
CREATE INDEX `figure_hits_source_idx` ON `figure_hits` (`source_id`);--> statement-breakpoint
-- hand-written below (triggers)
-- figure_hits: a figure as GET /api/search shows it, the exact bytes the API sends
-- (docs/decisions/014, sixteenth session: search — cold), stored by the search after an answer
-- (queries/figure-hits.ts). No row is always correct: the search then builds the hit the old way.
-- These triggers delete a figure's row whenever anything its hit shows may have changed, whoever
-- writes, so no writer has to know of the table. No backfill: the first search that finds a figure
-- stores it.
-- 1. The figure itself: any insert (an id seen before), delete or update.
CREATE TRIGGER `figure_hits_observations_ai` AFTER INSERT ON `observations` BEGIN
  DELETE FROM figure_hits WHERE observation_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `figure_hits_observations_ad` AFTER DELETE ON `observations` BEGIN
  DELETE FROM figure_hits WHERE observation_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `figure_hits_observations_au` AFTER UPDATE ON `observations` BEGIN
  DELETE FROM figure_hits WHERE observation_id IN (old.id, new.id);
END;
--> statement-breakpoint
-- 2. A citation's source fields (what observationCitation shows), through the stored rows' index.
CREATE TRIGGER `figure_hits_sources_au` AFTER UPDATE OF type, authority, title, year, issue_number, url, document_number, description ON `sources`
  WHEN old.type IS NOT new.type OR old.authority IS NOT new.authority OR old.title IS NOT new.title OR old.year IS NOT new.year OR old.issue_number IS NOT new.issue_number OR old.url IS NOT new.url OR old.document_number IS NOT new.document_number OR old.description IS NOT new.description BEGIN
  DELETE FROM figure_hits WHERE source_id = new.id;
END;
--> statement-breakpoint
-- 3. A citation's article title: every stored figure of the article's source (an article belongs
--    to one source; a title changes seldom, and a row deleted too many is only built again).
CREATE TRIGGER `figure_hits_articles_au` AFTER UPDATE OF title ON `articles` WHEN old.title IS NOT new.title BEGIN
  DELETE FROM figure_hits WHERE source_id IN (old.source_id, new.source_id);
END;
--> statement-breakpoint
-- 4. The place's name (each hit carries it), through observations_region_idx.
CREATE TRIGGER `figure_hits_regions_au` AFTER UPDATE OF code, name ON `regions`
  WHEN old.code IS NOT new.code OR old.name IS NOT new.name BEGIN
  DELETE FROM figure_hits WHERE observation_id IN (SELECT id FROM observations WHERE region_code IN (old.code, new.code));
END;
