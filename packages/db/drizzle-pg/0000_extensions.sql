-- Substring search: trigram GIN indexes (programme names, source titles) need pg_trgm. It ships
-- with PostgreSQL (contrib) and every managed PostgreSQL offers it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
