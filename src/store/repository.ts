// The store interface: every face (CLI, API, pipeline) talks to these repositories, never to SQL.
// SQLite (better-sqlite3) and PostgreSQL (pg) implement it; every method that touches storage is async.
import type { Article, ExtractedArticle, Flag, Original } from '../model/article.js';
import type { ProvenanceChanges, ProvenanceFetch, ProvenanceRows } from './provenance-rows.js';
import type { ArticleLanguage } from '../language/annotate.js';
import type { LocalEntityRow } from '../language/entities/index.js';
import type { Entity, Event, Quote, Story } from '../model/export.js';
import type { StorySummary } from '../model/api.js';
import type { ClusterChanges, ClusterState } from './cluster-overlay.js';
import type { ArticleSummary, SearchHit } from '../model/api.js';
import type { InputFormat, RecordFields } from '../model/input.js';
import type { SearchPage } from './search-page.js';

export type { ArticleSummary, SearchHit };
export type { ProvenanceChanges, ProvenanceFetch, ProvenanceRows, ClusterChanges, ClusterState };

/** A file that was read completely; its hash lets `analyze` skip it next time. */
export interface InputInfo {
  sha256: string;
  source: string;
  size: number;
  records: number;
}

/** What extraction hands to the store for one record: the article plus its raw input. */
export interface ArticleWrite {
  article: ExtractedArticle;
  raw: string;
  bodyType: 'html' | 'text';
  inputSha256: string;
  recordIndex: number;
  /** Version of the extraction stage that produced `article` (see pipeline/stages.ts). */
  stageVersion: string;
  /** The per-article language stage's result (or its JSON, as the workers hand it over), saved in the same transaction. */
  language?: { data: ArticleLanguage; stageVersion: string } | { json: string; stageVersion: string };
  /** The record's format and structured fields: with `raw`, what re-extraction needs (see `reanalyze`). */
  input?: { format: InputFormat; fields: RecordFields };
}

export type SaveOutcome = 'stored' | 'unchanged' | 'updated';

export interface ArticleFilter {
  outlet?: string;
  language?: string;
  flag?: string;
  /** Entity id: articles that mention it. */
  entity?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
}

export interface Page { limit: number; offset: number }
export interface PageResult<T> { items: T[]; total: number }

/**
 * `provenanceLists: false` leaves an article's duplicates and reuse lists empty: they are built from
 * the provenance index on every read, which stages reading articles for their text or outlet skip.
 */
export interface ArticleReadOptions { provenanceLists?: boolean }


export interface ArticleRepository {
  /** Store one article; re-saving identical content changes nothing. */
  save(write: ArticleWrite): Promise<SaveOutcome>;
  /** Several writes in one transaction (all or nothing). */
  saveMany(writes: ArticleWrite[]): Promise<SaveOutcome[]>;
  get(id: string, options?: ArticleReadOptions): Promise<Article | null>;
  getRaw(id: string): Promise<{ raw: string; bodyType: 'html' | 'text' } | null>;
  list(filter: ArticleFilter, page: Page): Promise<PageResult<ArticleSummary>>;
  search(query: string, filter: ArticleFilter, page: Page): Promise<SearchPage>;
  count(): Promise<number>;
  /** Every article in id order, streamed (the export must not hold the corpus in memory). */
  iterate(options?: ArticleReadOptions): AsyncIterable<Article>;
}

export interface InputRepository {
  /** The file at this path with these bytes was read completely before. (The same bytes at another
   * path are read again: every path keeps its own records, whatever order files are met in.) */
  has(sha256: string, source: string): Promise<boolean>;
  record(info: InputInfo): Promise<void>;
  count(): Promise<number>;
}

/**
 * Per-article results of the provenance corpus stage that are stored: the article's own fields. Its
 * duplicates and reuse lists are built from the index when the article is read (provenance-lists.ts).
 */
export interface ProvenanceResult {
  article_id: string;
  original: Original | null;
  copies: string[];
  diff: Article['diff'];
  flags: Flag[];
}

export interface ProvenanceRepository {
  /** Reads the index rows a batch may touch (see src/store/provenance-overlay.ts). */
  fetch(request: ProvenanceFetch): Promise<ProvenanceRows>;
  /**
   * The same read, synchronously, for a store on this machine: the step's overlay then reads each row
   * as the algorithm asks for it (exactly what it needs, in one run) instead of reading ahead and
   * re-running on a miss.
   */
  fetchNow?(request: ProvenanceFetch): ProvenanceRows;
  /**
   * Runs `read` (synchronous, reading through `fetchNow` only) inside one read transaction: its reads
   * see one snapshot, and the connection's page cache is not dropped between them by other
   * connections' commits.
   */
  readingNow?<T>(read: () => T): T;
  /** Writes one step's index changes and the affected articles' results in one transaction. */
  commit(changes: ProvenanceChanges, results: ProvenanceResult[]): Promise<void>;
  /** Articles stored but not yet through the provenance step (e.g. after a killed run), by id. */
  pendingArticleIds(limit: number): Promise<string[]>;
}

export interface LanguageRepository {
  get(articleId: string): Promise<ArticleLanguage | null>;
  /** Some parts of these articles' annotations (absent: none stored), read without the rest of each document. */
  partsOf<K extends keyof ArticleLanguage>(articleIds: readonly string[], parts: readonly K[]): Promise<Map<string, Pick<ArticleLanguage, K>>>;
  /** The events of every article that has some, in article-id order (streamed, the rest of each document unread). */
  iterateEvents(): AsyncIterable<{ articleId: string; events: ArticleLanguage['events'] }>;
  /** Every article's annotations in article-id order (streamed in pages). */
  iterate(): AsyncIterable<{ articleId: string; data: ArticleLanguage }>;
}

export interface EntityFilter { type?: string; q?: string }

export interface EntityLink { article_id: string; key: string; entity_id: string }

/** One entity step's writes: only what differs from the stored tables. */
export interface EntityChanges {
  /** Rows of the articles linked for the first time (walked once). */
  newLocals: Iterable<LocalEntityRow>;
  /** Entities new or changed, and ids of those gone. */
  putEntities: Entity[];
  removeEntities: string[];
  /** Links new or pointing elsewhere (may be walked more than once), and (article id, key) pairs gone. */
  putLinks: Iterable<EntityLink>;
  removeLinks: { article_id: string; key: string }[];
  /**
   * Every quote of these articles is replaced by `quotes` (which holds only quotes of them). A
   * stream, walked once inside the transaction: a first run writes every quote of the corpus.
   */
  quoteArticles: string[];
  quotes: Iterable<Quote> | AsyncIterable<Quote>;
}

export interface EntityRepository {
  /** Local entity rows of every article, in (article id, key) order (streamed): the input facts the corpus linker rebuilds from. */
  iterateLocals(): AsyncIterable<LocalEntityRow>;
  /** Ids of articles whose local entities are not in the index yet (new or after a killed run). */
  articlesWithoutLocals(): Promise<string[]>;
  /** Every stored entity's id, name and document, in id order (streamed). */
  iterateStored(): AsyncIterable<{ id: string; name: string; data: string }>;
  /** Every stored article → entity link, in (article id, key) order (streamed). */
  iterateLinks(): AsyncIterable<EntityLink>;
  /** Writes what one entity step changed, atomically (see EntityChanges). */
  applyChanges(changes: EntityChanges): Promise<void>;
  /** Replaces the derived tables (entities, article links, quotes) and adds the new locals, atomically. */
  replaceDerived(input: { newLocals: LocalEntityRow[]; entities: Entity[]; links: { article_id: string; key: string; entity_id: string }[]; quotes: Quote[] }): Promise<void>;
  list(filter: EntityFilter, page: Page): Promise<PageResult<Entity>>;
  get(id: string): Promise<Entity | null>;
  /** Entities mentioned in an article. */
  ofArticle(articleId: string): Promise<Entity[]>;
}

export interface QuoteFilter { speaker?: string; article?: string; articles?: string[] }

export interface QuoteRepository {
  list(filter: QuoteFilter, page: Page): Promise<PageResult<Quote>>;
  iterate(): AsyncIterable<Quote>;
}

export interface EventFilter { articles?: string[]; entity?: string }

export interface EventRepository {
  /** `events` is read once, after the stored rows, as the changes are written (the step makes each document as it is asked for). */
  replaceAll(events: Iterable<Event>): Promise<void>;
  list(filter: EventFilter, page: Page): Promise<PageResult<Event>>;
  iterate(): AsyncIterable<Event>;
}

export interface StoryFilter { level?: 'event' | 'story'; q?: string; article?: string; outlet?: string; parent?: string }

/** What one story step changed: groups written (with the digest of their record) and groups gone. */
export interface StoryChanges {
  put: { story: Story; recordKey: string }[];
  remove: string[];
}

export interface StoryRepository {
  replaceAll(stories: Story[]): Promise<void>;
  /** Every stored group's id and record digest (null when written by replaceAll or an older version). */
  recordKeys(): Promise<Map<string, string | null>>;
  /** Writes and removes the given groups (and their article memberships) in one transaction; the rest stay. */
  applyChanges(changes: StoryChanges): Promise<void>;
  list(filter: StoryFilter, page: Page): Promise<PageResult<StorySummary>>;
  get(id: string): Promise<Story | null>;
  iterate(): AsyncIterable<Story>;
}

/** The clustering stage's state; the stage itself runs on an in-memory ClusterOverlay (cluster-overlay.ts). */
export interface ClusterRepository {
  load(): Promise<ClusterState>;
  knownArticleIds(): Promise<Set<string>>;
  /** Stored articles without a representation yet (new, or after a killed run), in id order: ids only, no scan of the documents. */
  pendingArticleIds(): Promise<string[]>;
  /** Writes what one clustering pass changed, in one transaction. */
  apply(changes: ClusterChanges): Promise<void>;
}

/** Serialises the corpus steps across processes (PostgreSQL advisory lock; a no-op in one SQLite process). */
export interface CorpusLock {
  /** Runs fn holding the lock; with `wait: false` returns undefined at once when another process holds it. */
  withLock<T>(fn: () => Promise<T>, options?: { wait?: boolean }): Promise<T | undefined>;
}

/** A corpus stage's stamp: the version its records were made with, and whether a run is owed. */
export interface StageStamp {
  stage: string;
  version: string;
  /**
   * 'current': the records are up to date; 'dirty': records it reads changed, its state must be
   * dropped and rebuilt; 'rebuilding': dropped (or partly dropped) already, the corpus steps must run.
   */
  state: 'current' | 'dirty' | 'rebuilding';
}

/** A stored article as `reanalyze` reads it: raw input, record fields and both per-article stamps. */
export interface StoredArticle {
  id: string;
  source: string;
  externalId: string | null;
  inputSha256: string;
  recordIndex: number;
  bodyType: 'html' | 'text';
  raw: string;
  /** Null for articles stored before record fields were kept (schema 5 and older). */
  input: { format: InputFormat; fields: RecordFields } | null;
  extractVersion: string;
  /** The stored ExtractedArticle JSON. */
  data: string;
  languageVersion: string | null;
  /** The stored ArticleLanguage JSON. */
  languageData: string | null;
}

/** One recomputed article: what replaces its rows (only the parts given). */
export interface ArticleReplacement {
  id: string;
  extract?: { article: ExtractedArticle; stageVersion: string };
  language?: { data: ArticleLanguage; stageVersion: string };
  /** Its records changed: the `drop` stages of `replaceArticles` lose their records of it. */
  changed: boolean;
}

/** Stage stamps and the writes of `parallax reanalyze` (each method one transaction). */
export interface StageRepository {
  /** Corpus stages' stamps (absent: the store has no article yet). */
  stamps(): Promise<StageStamp[]>;
  /** How many articles carry each stamp of the per-article stages (language null: not annotated). */
  articleVersions(): Promise<{ extract: { version: string; count: number }[]; language: { version: string | null; count: number }[] }>;
  /**
   * Articles whose extract stamp differs from `extract` or language stamp from `language` ('*':
   * every article; undefined: that stage is not asked about), after id `after`, in id order.
   */
  staleArticles(query: { extract?: string; language?: string }, after: string, limit: number): Promise<StoredArticle[]>;
  /**
   * Writes recomputed articles; for the changed ones, drops the records of the `drop` corpus stages
   * that concern them ('entities': their entity rows; 'compare': the groups holding them, so they
   * are compared again); sets the `mark` stages' state — all in one transaction.
   */
  replaceArticles(batch: ArticleReplacement[], effects: { drop: string[]; mark: { stage: string; state: 'dirty' | 'rebuilding' }[] }): Promise<void>;
  /**
   * Drops the whole state of these corpus stages ('provenance': index and results; 'entities': the
   * entity rows the index is rebuilt from; 'stories': clustering state; 'compare': stored groups and
   * their comparisons; other stages keep nothing between runs) and stamps them with `version` and
   * state 'rebuilding'.
   */
  resetCorpusStages(stages: { stage: string; version: string }[]): Promise<void>;
  /** Records these corpus stages as current at these versions. */
  stampCurrent(stamps: { stage: string; version: string }[]): Promise<void>;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the store is, for display (a PostgreSQL URL without its password). */
  readonly location: string;
  /** What openStore takes to open another connection to this store (with credentials: never shown). */
  readonly connectTo: string;
  readonly articles: ArticleRepository;
  readonly inputs: InputRepository;
  readonly provenance: ProvenanceRepository;
  readonly language: LanguageRepository;
  readonly entities: EntityRepository;
  readonly quotes: QuoteRepository;
  readonly events: EventRepository;
  readonly stories: StoryRepository;
  readonly clusters: ClusterRepository;
  readonly corpusLock: CorpusLock;
  readonly stages: StageRepository;
  close(): Promise<void>;
}
