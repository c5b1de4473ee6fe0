// Abbreviation lexicons shared by the tokenizer (which keeps the period on the word) and the
// sentence splitter (which decides whether that period also ends the sentence). Case-sensitive.

/** Titles and honorifics: always followed by a name, never end a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Capt', 'Cpt', 'Sgt', 'Maj', 'Adm', 'Cmdr', 'Cdr',
  'Cpl', 'Pvt', 'Brig', 'Gov', 'Sen', 'Rep', 'Reps', 'Sens', 'Rev', 'Fr', 'Hon', 'Pres', 'Supt', 'Insp', 'Det',
  'Amb', 'Atty', 'Messrs', 'Mme', 'Mlle', 'Msgr', 'Sr', 'Jr', 'St', 'Ste', 'Mt', 'Ft', 'Gov', 'Lt', 'Cllr',
]);

/** Month abbreviations: "Jan. 5" never ends a sentence. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/** Abbreviations that may also end a sentence ("Apple Inc." at the end). */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Inc', 'Corp', 'Ltd', 'Co', 'Bros', 'Cos', 'Plc', 'Assn', 'Dept', 'Univ', 'Govt', 'vs', 'etc', 'approx',
  'est', 'fig', 'figs', 'vol', 'vols', 'pp', 'ca', 'cf', 'al', 'Ave', 'Blvd', 'Rd', 'Hwy', 'Sq', 'Ln', 'Pl',
  'Calif', 'Conn', 'Fla', 'Ill', 'Mass', 'Mich', 'Minn', 'Penn', 'Tenn', 'Tex', 'Va', 'Wash', 'Wis', 'Ariz', 'Ark',
  'Colo', 'Del', 'Ga', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa',
  'Vt', 'Wyo', 'Ala', 'Alta', 'Ont', 'Que', 'Intl', 'Natl', 'Mfg', 'Min', 'Max', 'mins', 'hrs', 'yrs', 'Nos',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
]);

/** "No." and "Nos." are abbreviations only before a number ("No. 2"); otherwise "no." ends a sentence. */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['No', 'no', 'Nos', 'Art', 'Sec', 'Ch', 'Para', 'Vol', 'p', 'pp']);

/** Words that almost always begin a sentence: after "U.S." or "Inc." they mark a boundary. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There',
  'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'In', 'On', 'At', 'For', 'If', 'When', 'While',
  'After', 'Before', 'As', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Some', 'Many', 'Most', 'Other',
  'Officials', 'Still', 'Also', 'Then', 'Now', 'Last', 'Earlier', 'Later', 'According', 'Asked', 'What',
  'Why', 'How', 'Who', 'Where', 'Such', 'Both', 'All', 'No', 'Not', 'One', 'Two', 'Since', 'Although',
  'Despite', 'Under', 'With', 'Without', 'From', 'By', 'To', 'Of', 'Analysts', 'Experts', 'Critics',
]);
