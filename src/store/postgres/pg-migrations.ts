// PostgreSQL schema, the same concepts as the SQLite one (src/store/sqlite/migrations.ts) with
// PostgreSQL types. Keys and sorted text columns use the "C" collation, so that every ORDER BY
// (and so every export) is byte order, exactly as in SQLite. Documents stay `text`, not jsonb,
// to keep them byte for byte. Never edit a released migration: add a new one.
export const PG_MIGRATIONS: string[] = [
  // 1: inputs, articles with their raw input and a full-text vector, flags.
  `
  CREATE TABLE inputs (
    sha256 text COLLATE "C" PRIMARY KEY,
    source text NOT NULL,
    size bigint NOT NULL,
    records integer NOT NULL
  );
  CREATE TABLE articles (
    id text COLLATE "C" PRIMARY KEY,
    source text NOT NULL,
    external_id text,
    input_sha256 text NOT NULL,
    record_index integer NOT NULL,
    body_type text NOT NULL,
    raw bytea NOT NULL,
    raw_sha256 text NOT NULL,
    title text COLLATE "C",
    text text NOT NULL,
    published text COLLATE "C",
    outlet text COLLATE "C",
    language text,
    data text NOT NULL,
    stage_version text NOT NULL,
    -- Title weighs more than body; very long texts are indexed by their first 400k characters
    -- (a tsvector is limited to 1 MB).
    fts tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', left(text, 400000)), 'B')
    ) STORED
  );
  CREATE INDEX articles_outlet ON articles (lower(outlet));
  CREATE INDEX articles_published ON articles (published);
  CREATE INDEX articles_language ON articles (language);
  CREATE INDEX articles_fts ON articles USING gin (fts);
  CREATE TABLE article_flags (
    article_id text COLLATE "C" NOT NULL,
    flag text COLLATE "C" NOT NULL,
    stage text NOT NULL,
    PRIMARY KEY (article_id, flag, stage)
  );
  CREATE INDEX article_flags_flag ON article_flags (flag);
  CREATE TABLE article_language (
    article_id text COLLATE "C" PRIMARY KEY,
    stage_version text NOT NULL,
    data text NOT NULL
  );
  `,
  // 2: provenance index and per-article results.
  `
  CREATE TABLE prov_summaries (
    article_id text COLLATE "C" PRIMARY KEY,
    text_hash text COLLATE "C" NOT NULL,
    scalars text NOT NULL,
    signature bytea,
    keys bytea NOT NULL,
    paragraphs bytea NOT NULL
  );
  CREATE TABLE prov_groups (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    text_hash text COLLATE "C" NOT NULL,
    article_id text COLLATE "C" NOT NULL UNIQUE
  );
  CREATE INDEX prov_groups_hash ON prov_groups (text_hash, seq);
  CREATE TABLE prov_keys (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key bigint NOT NULL,
    article_id text COLLATE "C" NOT NULL
  );
  CREATE INDEX prov_keys_key ON prov_keys (key, seq);
  CREATE TABLE prov_links (
    a text COLLATE "C" NOT NULL,
    b text COLLATE "C" NOT NULL,
    data text NOT NULL,
    PRIMARY KEY (a, b)
  );
  CREATE INDEX prov_links_b ON prov_links (b);
  CREATE TABLE prov_lineage (
    article_id text COLLATE "C" PRIMARY KEY,
    original_id text COLLATE "C",
    data text NOT NULL
  );
  CREATE INDEX prov_lineage_original ON prov_lineage (original_id);
  CREATE TABLE article_provenance (
    article_id text COLLATE "C" PRIMARY KEY,
    data text NOT NULL
  );
  `,
  // 3: entities, quotes, events, stories, clustering state.
  `
  CREATE TABLE entity_locals (
    article_id text COLLATE "C" NOT NULL,
    key text COLLATE "C" NOT NULL,
    data text NOT NULL,
    PRIMARY KEY (article_id, key)
  );
  CREATE TABLE entities (
    id text COLLATE "C" PRIMARY KEY,
    name text COLLATE "C" NOT NULL,
    type text NOT NULL,
    mentions integer NOT NULL,
    data text NOT NULL
  );
  CREATE INDEX entities_name ON entities (lower(name));
  CREATE TABLE entity_links (
    article_id text COLLATE "C" NOT NULL,
    key text COLLATE "C" NOT NULL,
    entity_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, key)
  );
  CREATE INDEX entity_links_entity ON entity_links (entity_id);
  CREATE TABLE events (
    id text COLLATE "C" PRIMARY KEY,
    date text COLLATE "C",
    kind text NOT NULL,
    data text NOT NULL
  );
  CREATE INDEX events_date ON events (date);
  CREATE TABLE event_articles (
    event_id text COLLATE "C" NOT NULL,
    article_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (event_id, article_id)
  );
  CREATE INDEX event_articles_article ON event_articles (article_id);
  CREATE TABLE quotes (
    id text COLLATE "C" PRIMARY KEY,
    article_id text COLLATE "C" NOT NULL,
    speaker_id text COLLATE "C",
    speaker_name text COLLATE "C",
    kind text NOT NULL,
    start integer NOT NULL,
    data text NOT NULL
  );
  CREATE INDEX quotes_article ON quotes (article_id, start);
  CREATE INDEX quotes_speaker ON quotes (speaker_id);
  CREATE TABLE stories (
    id text COLLATE "C" PRIMARY KEY,
    level text NOT NULL,
    parent_id text COLLATE "C",
    label text COLLATE "C" NOT NULL,
    first_date text COLLATE "C",
    last_date text COLLATE "C",
    data text NOT NULL
  );
  CREATE INDEX stories_level ON stories (level, last_date);
  CREATE TABLE story_articles (
    story_id text COLLATE "C" NOT NULL,
    article_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (story_id, article_id)
  );
  CREATE INDEX story_articles_article ON story_articles (article_id);
  CREATE TABLE cluster_reps (
    article_id text COLLATE "C" PRIMARY KEY,
    data text NOT NULL
  );
  CREATE TABLE cluster_groups (
    level text COLLATE "C" NOT NULL,
    id text COLLATE "C" NOT NULL,
    members text NOT NULL,
    PRIMARY KEY (level, id)
  );
  `,
  // 4: the work queue of distributed analysis (parallax analyze --enqueue, parallax worker).
  `
  CREATE TABLE jobs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    input_sha256 text COLLATE "C" NOT NULL,
    source text COLLATE "C" NOT NULL,
    record_index integer NOT NULL,
    record text NOT NULL,
    done boolean NOT NULL DEFAULT false,
    claimed_by text,
    claimed_until timestamptz,
    attempts integer NOT NULL DEFAULT 0,
    error text,
    UNIQUE (input_sha256, source, record_index)
  );
  CREATE INDEX jobs_open ON jobs (id) WHERE NOT done;
  CREATE TABLE corpus_state (
    id integer PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL,
    linked_version bigint NOT NULL
  );
  INSERT INTO corpus_state (id, version, linked_version) VALUES (1, 0, 0);
  `,
  // 5: record fields beside the raw input (re-extraction needs them), corpus stage stamps. Stores made
  // before carry every corpus stage at version 1.
  `
  ALTER TABLE articles ADD COLUMN record_format text;
  ALTER TABLE articles ADD COLUMN record_fields text;
  CREATE TABLE stage_stamps (
    stage text COLLATE "C" PRIMARY KEY,
    version text NOT NULL,
    state text NOT NULL
  );
  INSERT INTO stage_stamps (stage, version, state)
    SELECT s, '1', 'current' FROM unnest(ARRAY['provenance', 'entities', 'stories', 'compare', 'events']) AS s
    WHERE EXISTS (SELECT 1 FROM articles);
  `,
  // 6: the story page lists a story's events by parent; the story list is ordered by a stored
  // article count (no count per story per request).
  `
  CREATE INDEX IF NOT EXISTS stories_parent ON stories(parent_id);
  ALTER TABLE stories ADD COLUMN article_count integer NOT NULL DEFAULT 0;
  UPDATE stories SET article_count = (SELECT count(*) FROM story_articles x WHERE x.story_id = stories.id);
  CREATE INDEX IF NOT EXISTS stories_rank ON stories (level, article_count DESC, last_date DESC NULLS LAST, id);
  `,
  // 7: a digest of each group's record without its comparison, so the story step rewrites only the
  // groups that changed (NULL: unknown, the group is treated as changed once).
  `
  ALTER TABLE stories ADD COLUMN record_key text;
  `,
];
