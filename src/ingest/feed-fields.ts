// Feed item elements (RSS 2.0, Atom, RSS 1.0/Dublin Core), lower-cased, and the field each fills.

export type FeedField = 'title' | 'link' | 'guid' | 'published' | 'updated' | 'author' | 'encoded' | 'content' | 'description' | 'summary' | 'channelTitle' | 'language';

export const FEED_ITEM_FIELDS: Record<string, FeedField> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  id: 'guid',
  'dc:identifier': 'guid',
  pubdate: 'published',
  published: 'published',
  issued: 'published',
  'dc:date': 'published',
  'dcterms:created': 'published',
  updated: 'updated',
  modified: 'updated',
  'dcterms:modified': 'updated',
  author: 'author',
  'dc:creator': 'author',
  'content:encoded': 'encoded',
  content: 'content',
  description: 'description',
  'dc:description': 'description',
  summary: 'summary',
};

/** The item body, best first: full content before descriptions and summaries. */
export const FEED_BODY_FIELDS: FeedField[] = ['encoded', 'content', 'description', 'summary'];
