// Field names that real article exports use (JSON, JSONL, CSV), folded to lower case without
// spaces, underscores, hyphens or dots. Earlier names win when a record has several.
// Sources: Media Cloud, news-please, newspaper3k, GDELT, NewsAPI, Kaggle "All the news",
// the Guardian and NYT APIs, Elasticsearch dumps.

export const FIELD_NAMES = {
  title: ['title', 'headline', 'webtitle', 'heading', 'titletext', 'articletitle', 'headlinemain'],
  body: [
    'text', 'content', 'body', 'article', 'fulltext', 'maintext', 'articletext', 'articlebody', 'bodytext',
    'storytext', 'textcontent', 'contenthtml', 'html', 'rawhtml', 'bodyhtml',
  ],
  /** Used as the body only when none of `body` is present. */
  summary: ['description', 'summary', 'abstract', 'leadparagraph', 'snippet', 'excerpt', 'lede', 'teaser'],
  url: ['url', 'link', 'sourceurl', 'weburl', 'articleurl', 'permalink', 'canonicalurl', 'uri', 'href'],
  published: [
    'published', 'date', 'publishdate', 'publishedat', 'pubdate', 'datepublish', 'publicationdate', 'datepublished',
    'publisheddate', 'webpublicationdate', 'firstpublished', 'timestamp', 'datetime', 'seendate', 'pubdatetime',
    'publishedtime', 'createdat', 'created',
  ],
  outlet: [
    'outlet', 'source', 'sourcename', 'medianame', 'publication', 'sitename', 'publisher', 'media', 'newspaper',
    'domain', 'sourcedomain', 'mediaurl', 'site',
  ],
  authors: ['authors', 'author', 'byline', 'creator', 'creators', 'writer', 'writers', 'by'],
  externalId: ['id', 'guid', 'storiesid', 'uuid', 'articleid', 'docid', 'documentid', 'itemid', 'storyid', 'recordid'],
  language: ['language', 'lang', 'languagecode', 'locale'],
} as const;

export type FieldName = keyof typeof FIELD_NAMES;

/** Nested objects whose keys are merged into the record (Elasticsearch `_source`, Guardian `fields`); matched on the lower-cased raw key. */
export const NESTED_RECORD_KEYS = new Set(['_source', 'fields', 'attributes']);

/** When a JSON document is an object, its articles sit in an array under one of these keys. */
export const JSON_ARRAY_KEYS = new Set([
  'articles', 'data', 'items', 'results', 'records', 'docs', 'documents', 'stories', 'entries', 'hits', 'posts',
  'news', 'rows', 'value',
]);

/** Objects on the way to that array (`response.docs`, `hits.hits`, `data.articles`). */
export const JSON_WRAPPER_KEYS = new Set(['response', 'data', 'result', 'results', 'hits', 'payload', 'body', 'feed']);

/** Names inside an object-valued outlet or author, e.g. NewsAPI `source: {id, name}`, NYT `byline: {original}`. */
export const OBJECT_NAME_KEYS = ['name', 'title', 'displayname', 'fullname', 'original', 'domain', 'id'];
/** Text inside an object-valued title or body, e.g. WordPress `title: {rendered}`, NYT `headline: {main}`. */
export const OBJECT_TEXT_KEYS = ['rendered', 'main', 'text', 'value', 'html', 'content', '#text'];
/** Ids inside an object-valued id, e.g. MongoDB `_id: {$oid}`. */
export const OBJECT_ID_KEYS = ['oid', 'id', 'value', 'uuid'];

/** Folds a field name: `Source Name`, `source_name`, `source-name` → `sourcename`; `_id` → `id`. */
export function foldFieldName(name: string): string {
  return name.toLowerCase().replace(/[\s_.\-:]+/g, '');
}
