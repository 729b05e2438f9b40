-- Chinese full-text search over measures (drizzle does not model virtual tables).
-- measures_fts_words: jieba-segmented words (measures.search_tokens, filled by the loader) in a
--   unicode61 index, so 2-character words such as 人才 and 金融 match as words.
-- measures_fts_trgm: trigram index over title and text for substrings of 3+ characters.
-- Both are external-content tables kept in step with measures by triggers.
CREATE VIRTUAL TABLE `measures_fts_words` USING fts5(search_tokens, content='measures', content_rowid='id', tokenize='unicode61');
--> statement-breakpoint
CREATE VIRTUAL TABLE `measures_fts_trgm` USING fts5(title, text, content='measures', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `measures_fts_ai` AFTER INSERT ON `measures` BEGIN
  INSERT INTO measures_fts_words(rowid, search_tokens) VALUES (new.id, new.search_tokens);
  INSERT INTO measures_fts_trgm(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `measures_fts_ad` AFTER DELETE ON `measures` BEGIN
  INSERT INTO measures_fts_words(measures_fts_words, rowid, search_tokens) VALUES ('delete', old.id, old.search_tokens);
  INSERT INTO measures_fts_trgm(measures_fts_trgm, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `measures_fts_au` AFTER UPDATE OF title, text, search_tokens ON `measures` BEGIN
  INSERT INTO measures_fts_words(measures_fts_words, rowid, search_tokens) VALUES ('delete', old.id, old.search_tokens);
  INSERT INTO measures_fts_trgm(measures_fts_trgm, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO measures_fts_words(rowid, search_tokens) VALUES (new.id, new.search_tokens);
  INSERT INTO measures_fts_trgm(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
