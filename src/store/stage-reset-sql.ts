// What dropping a corpus stage's whole state deletes, for `parallax reanalyze` (the same tables in
// SQLite and PostgreSQL). Stages absent here keep nothing between runs.
export const RESET_SQL: Readonly<Record<string, string>> = {
  provenance: `DELETE FROM prov_summaries; DELETE FROM prov_groups; DELETE FROM prov_keys; DELETE FROM prov_links;
    DELETE FROM prov_lineage; DELETE FROM article_provenance; DELETE FROM article_flags WHERE stage = 'provenance';`,
  entities: 'DELETE FROM entity_locals;',
  stories: 'DELETE FROM cluster_reps; DELETE FROM cluster_groups;',
  compare: 'DELETE FROM stories; DELETE FROM story_articles;',
};
