// Schema migrations, applied in order inside one transaction each; PRAGMA user_version holds the level.
// Never edit a released migration: add a new one.
export const MIGRATIONS: string[] = [
  // 1: inputs, articles with their raw input, full-text search over title and text.
  `
  CREATE TABLE inputs (
    sha256 TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    size INTEGER NOT NULL,
    records INTEGER NOT NULL
  );
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    external_id TEXT,
    input_sha256 TEXT NOT NULL,
    record_index INTEGER NOT NULL,
    body_type TEXT NOT NULL,
    raw TEXT NOT NULL,
    raw_sha256 TEXT NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    published TEXT,
    outlet TEXT,
    language TEXT,
    data TEXT NOT NULL,
    stage_version TEXT NOT NULL
  );
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_language ON articles(language);
  CREATE TABLE article_flags (
    article_id TEXT NOT NULL,
    flag TEXT NOT NULL,
    stage TEXT NOT NULL,
    PRIMARY KEY (article_id, flag, stage)
  );
  CREATE INDEX article_flags_flag ON article_flags(flag);
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
  CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  END;
  CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  `,
  // 2: provenance index (exact groups, LSH keys, verified links, lineage) and per-article results.
  `
  CREATE TABLE prov_summaries (
    article_id TEXT PRIMARY KEY,
    text_hash TEXT NOT NULL,
    scalars TEXT NOT NULL,
    signature BLOB,
    keys BLOB NOT NULL,
    paragraphs BLOB NOT NULL
  );
  CREATE TABLE prov_groups (
    seq INTEGER PRIMARY KEY,
    text_hash TEXT NOT NULL,
    article_id TEXT NOT NULL UNIQUE
  );
  CREATE INDEX prov_groups_hash ON prov_groups(text_hash, seq);
  CREATE TABLE prov_keys (
    key INTEGER NOT NULL,
    article_id TEXT NOT NULL
  );
  CREATE INDEX prov_keys_key ON prov_keys(key);
  CREATE TABLE prov_links (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (a, b)
  );
  CREATE INDEX prov_links_b ON prov_links(b);
  CREATE TABLE prov_lineage (
    article_id TEXT PRIMARY KEY,
    original_id TEXT,
    data TEXT NOT NULL
  );
  CREATE INDEX prov_lineage_original ON prov_lineage(original_id);
  CREATE TABLE article_provenance (
    article_id TEXT PRIMARY KEY,
    data TEXT NOT NULL
  );
  `,
  // 3: per-article language annotations; entities linked across articles; merged events.
  `
  CREATE TABLE article_language (
    article_id TEXT PRIMARY KEY,
    stage_version TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE TABLE entity_locals (
    article_id TEXT NOT NULL,
    key TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, key)
  );
  CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
  CREATE TABLE entity_links (
    article_id TEXT NOT NULL,
    key TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (article_id, key)
  );
  CREATE INDEX entity_links_entity ON entity_links(entity_id);
  CREATE TABLE events (
    id TEXT PRIMARY KEY,
    date TEXT,
    kind TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX events_date ON events(date);
  CREATE TABLE event_articles (
    event_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (event_id, article_id)
  );
  CREATE INDEX event_articles_article ON event_articles(article_id);
  CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    speaker_id TEXT,
    speaker_name TEXT,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article_id, start);
  CREATE INDEX quotes_speaker ON quotes(speaker_id);
  `,
  // 4: event and story groups of articles, with their comparison results.
  `
  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    level TEXT NOT NULL,
    parent_id TEXT,
    label TEXT NOT NULL,
    first_date TEXT,
    last_date TEXT,
    data TEXT NOT NULL
  );
  CREATE INDEX stories_level ON stories(level, last_date);
  CREATE TABLE story_articles (
    story_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
  );
  CREATE INDEX story_articles_article ON story_articles(article_id);
  `,
  // 5: the clustering stage's state: article representations and group rows.
  `
  CREATE TABLE cluster_reps (
    article_id TEXT PRIMARY KEY,
    data TEXT NOT NULL
  );
  CREATE TABLE cluster_groups (
    level TEXT NOT NULL,
    id TEXT NOT NULL,
    members TEXT NOT NULL,
    PRIMARY KEY (level, id)
  );
  `,
  // 6: record fields beside the raw input (re-extraction needs them), corpus stage stamps. Stores made
  // before carry every corpus stage at version 1.
  `
  ALTER TABLE articles ADD COLUMN record_format TEXT;
  ALTER TABLE articles ADD COLUMN record_fields TEXT;
  CREATE TABLE stage_stamps (
    stage TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    state TEXT NOT NULL
  );
  INSERT INTO stage_stamps (stage, version, state)
    SELECT s.column1, '1', 'current' FROM (VALUES ('provenance'), ('entities'), ('stories'), ('compare'), ('events')) AS s
    WHERE EXISTS (SELECT 1 FROM articles);
  `,
  // 7: the story page lists a story's events by parent; the story list is ordered by a stored
  // article count (no count per story per request).
  `
  CREATE INDEX IF NOT EXISTS stories_parent ON stories(parent_id);
  ALTER TABLE stories ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
  UPDATE stories SET article_count = (SELECT count(*) FROM story_articles x WHERE x.story_id = stories.id);
  CREATE INDEX IF NOT EXISTS stories_rank ON stories(level, article_count DESC, last_date DESC, id);
  `,
  // 8: a digest of each group's record without its comparison, so the story step rewrites only the
  // groups that changed (NULL: unknown, the group is treated as changed once).
  `
  ALTER TABLE stories ADD COLUMN record_key TEXT;
  `,
  // 9: read paths of the API at scale: a story's articles per outlet from an index alone (the
  // article rows, with their raw input and text, span several pages each), and outlet filters,
  // which ignore case, by index.
  `
  CREATE INDEX IF NOT EXISTS articles_id_outlet ON articles(id, outlet);
  CREATE INDEX IF NOT EXISTS articles_outlet_nocase ON articles(outlet COLLATE NOCASE, id);
  `,
  // 10: LSH key reads from an index alone. A new article reads ~65 keys, each up to
  // BUCKET_CANDIDATES ids, newest first; with the key index pointing at table rows that was one more
  // B-tree descent per id. The insertion order becomes a column (the rowid, now named) so the index
  // covers the read (at 93k articles: 27 -> 8 CPU-µs per key read, measured alone).
  `
  CREATE TABLE prov_keys_by_seq (
    seq INTEGER PRIMARY KEY,
    key INTEGER NOT NULL,
    article_id TEXT NOT NULL
  );
  INSERT INTO prov_keys_by_seq (seq, key, article_id) SELECT rowid, key, article_id FROM prov_keys ORDER BY rowid;
  DROP TABLE prov_keys;
  ALTER TABLE prov_keys_by_seq RENAME TO prov_keys;
  CREATE INDEX prov_keys_key ON prov_keys(key, seq, article_id);
  `,
];
