// English stop words for term vectors (data, not code): function words plus news-reporting filler
// ("said", "told", "reported") that every article shares and that says nothing about the event.
export const STOP_WORDS: ReadonlySet<string> = new Set(`
a about above after again against all almost also although always am among an and another any anyone
anything are aren around as at away back be became because become been before being below between both
but by can cannot could couldn did didn do does doesn doing don done down during each either else even
ever every few for from further get gets getting go goes going got had hadn has hasn have haven having he
her here hers herself him himself his how however i if in into is isn it its itself just least less let
like likely made make many may me might more most much must my myself neither never no nor not now of off
often on once one only or other others our ours ourselves out over own per perhaps rather same she should
shouldn since so some still such than that the their theirs them themselves then there these they this
those though through thus to too toward towards under until up upon us very via was wasn we were weren
what whatever when where whether which while who whom whose why will with within without won would
wouldn yet you your yours yourself yourselves s t ll re ve d m
said says say saying told tell according reported report reports added adding asked news
mr mrs ms dr new year years day days week weeks month months time times today yesterday tomorrow
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
first two three four five six seven eight nine ten percent people
`.trim().split(/\s+/));
