// Words that name what happened (data): a label prefers one of these as its "what".
export const ACTION_WORDS: ReadonlySet<string> = new Set(`
call phone talk meeting meet summit visit conference press briefing speech statement interview
vote election referendum ballot poll resignation resign appointment nomination hearing trial verdict
sentence ruling lawsuit arrest charge indictment investigation probe raid strike attack bombing shooting
killing murder explosion crash earthquake quake tsunami flood fire storm hurricane outbreak rescue
deal agreement treaty accord ceasefire truce sanction tariff ban protest rally march riot coup invasion
war exercise drill launch test merger acquisition takeover bankruptcy layoff recall release rehab
death funeral wedding award announcement report warning threat criticism
`.trim().split(/\s+/));
