// Flags the pipeline raises (see the Flag schema), offered as choices in search filters.
export const KNOWN_FLAGS = ['garbled', 'truncated', 'empty_body', 'mixed_languages', 'boilerplate_heavy', 'no_byline', 'no_date'] as const;
