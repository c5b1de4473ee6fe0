// Pools for the fixed organisation, outlet and unit names of the demo texts that the story worlds do
// not rename: each generated story names them its own way (per-event wording only). Data only; the
// renaming lives in story-names.ts.

/** The demo's alliance: its name is built from a first part and a rest, its acronym from both. */
export const ALLIANCE_FIRST = ['Northern', 'Western', 'Eastern', 'Baltic', 'Atlantic', 'Central', 'Southern', 'Coastal', 'Highland', 'Polar'];
export const ALLIANCE_REST = ['Defence Alliance', 'Security Alliance', 'Defence Pact', 'Mutual Defence League', 'Security Union', 'Defence Community'];

/** Single-word or multi-word names (outlets, agencies, firms, streets, a surname) -> replacements. */
export const FIXED_NAMES: Record<string, readonly string[]> = {
  Clarion: ['Sentinel', 'Beacon', 'Bugle', 'Lantern', 'Signal', 'Trumpet', 'Echo', 'Messenger'],
  Ledger: ['Almanac', 'Register', 'Record', 'Courant', 'Review', 'Standard'],
  'Free Voice': ['Open Word', 'Free Press', 'Exile Review', 'Free Tribune', 'Independent Word', 'Free Radio'],
  'Fjord Capital': ['Skerry Capital', 'Headland Partners', 'Tarn Investments', 'Moraine Capital', 'Cairn Holdings', 'Estuary Capital'],
  'Linden Road': ['Birch Road', 'Alder Street', 'Rowan Avenue', 'Chestnut Road', 'Elm Lane', 'Maple Road'],
  Dahl: ['Vinter', 'Lund', 'Eide', 'Brekke', 'Moen', 'Aas'],
};

/** Agency and broadcaster acronyms -> replacements of the same length (so "MPA Pool Photo" reads alike). */
export const FIXED_ACRONYMS: Record<string, readonly string[]> = {
  KST: ['KBC', 'NTV', 'RTK', 'TVK', 'KRT', 'SBK'],
  MPA: ['NPA', 'RNA', 'VPA', 'CPA', 'UPI', 'BNA'],
};

/** Military unit names: the demo's numbered brigade becomes another number and branch. */
export const UNIT_KINDS = ['Motor Rifle Brigade', 'Mechanised Brigade', 'Tank Regiment', 'Guards Division', 'Airborne Brigade', 'Rifle Division', 'Artillery Brigade'];

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
