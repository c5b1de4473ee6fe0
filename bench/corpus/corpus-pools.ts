// Word pools for the benchmark corpus generator: which demo names get swapped, what they become,
// and the boilerplate that wraps generated articles. Data only; the generator logic lives elsewhere.

/** Person name parts used in examples/ (first names and surnames are swapped independently,
 *  so the two Vargas keep sharing a new surname). */
export const DEMO_FIRST_NAMES = [
  'Ilse', 'Tomas', 'Rurik', 'Maren', 'Aurel', 'Oskar', 'Edvard', 'Greta', 'Petra', 'Nikos', 'Arno', 'Cassia',
  'Karel', 'Elin', 'Ruth', 'Anatol', 'Yana', 'Ivan', 'Lev', 'Jens', 'Hanna', 'Piet', 'Mikhail', 'Lena', 'Dario',
  'Mikael', 'Sofie', 'Mikkel', 'Rick', 'Sasha', 'Kristin', 'Dora', 'Jonas', 'Ana',
] as const;

export const DEMO_SURNAMES = [
  'Varga', 'Sandoval', 'Holt', 'Mestrovan', 'Pelt', 'Lind', 'Hoss', 'Lindqvist', 'Aravan', 'Feld', 'Moreau', 'Dusek',
  'Marsh', 'Ekdal', 'Reyes', 'Merok', 'Sorel', 'Adamek', 'Oberg', 'Brecht', 'Jansen', 'Toor', 'Lindgren',
  'Halvorsen', 'Nunes', 'Strand', 'Brandvold', 'Aune', 'Dolan', 'Pym', 'Alm', 'Reller', 'Koss',
] as const;

/** Deliberate misspellings in the demo: misspelling -> the surname it stands for. */
export const DEMO_MISSPELLINGS: Record<string, string> = { Sandovel: 'Sandoval' };

export type PlaceForm = 'country' | 'demonym' | 'name' | 'capital' | 'land' | 'town';

/** Place tokens of the demo world: each belongs to a slot (one fictional place) and a form of it. */
export const DEMO_PLACES: readonly { token: string; slot: string; form: PlaceForm }[] = [
  { token: 'Valdoria', slot: 'home', form: 'country' },
  { token: 'Valdorian', slot: 'home', form: 'demonym' },
  { token: 'Valdora', slot: 'home', form: 'capital' },
  { token: 'Kastrov', slot: 'rival', form: 'name' },
  { token: 'Kastrovian', slot: 'rival', form: 'demonym' },
  { token: 'Tarvesk', slot: 'rival', form: 'capital' },
  { token: 'Selmaria', slot: 'neutral', form: 'country' },
  { token: 'Selmarian', slot: 'neutral', form: 'demonym' },
  { token: 'Selmarians', slot: 'neutral', form: 'demonym' },
  { token: 'Anselm', slot: 'neutral', form: 'capital' },
  { token: 'Brenn', slot: 'region', form: 'name' },
  { token: 'Brennia', slot: 'region', form: 'land' },
  { token: 'Osterfeld', slot: 'border-town', form: 'town' },
  { token: 'Korvel', slot: 'valley-town', form: 'town' },
  { token: 'Lisk', slot: 'village', form: 'town' },
  { token: 'Drava', slot: 'village2', form: 'town' },
  { token: 'Lusenia', slot: 'member', form: 'country' },
  { token: 'Lusenian', slot: 'member', form: 'demonym' },
  { token: 'Orvenland', slot: 'member2', form: 'land' },
  { token: 'Tessaly', slot: 'member3', form: 'land' },
];

/** Other proper names swapped per story: demo token -> pool of replacements. */
export const DEMO_THINGS: Record<string, readonly string[]> = {
  Corvane: ['Halden', 'Nordgas', 'Ostrel', 'Brightline', 'Vesta', 'Kelmar', 'Arcadia', 'Tidewater', 'Solen', 'Marrow'],
  'Steppe Shield': ['Iron Hearth', 'Northern Gate', 'Granite Wall', 'Silent River', 'Red Pine', 'Steel Meadow', 'Winter Anvil'],
  Harbour: ['Lantern', 'Coastal', 'Liberty', 'Granary', 'Civic', 'Unity'],
};

/** Demo first names of women; the rest are men's. Replacements keep the gender so pronouns stay right. */
export const DEMO_FEMALE = new Set(['Ilse', 'Maren', 'Greta', 'Petra', 'Cassia', 'Elin', 'Ruth', 'Yana', 'Hanna', 'Lena', 'Sofie', 'Kristin', 'Dora', 'Ana', 'Sasha']);

export const FEMALE_FIRST_NAMES = [
  'Adela', 'Dagny', 'Freya', 'Hedda', 'Jorun', 'Liv', 'Nadia', 'Pavla', 'Rasa', 'Tilde', 'Vesna', 'Xenia', 'Zora',
  'Bettina', 'Dunja', 'Fenna', 'Hilde', 'Ines', 'Klara', 'Mira', 'Olga', 'Runa', 'Tamsin', 'Wanda', 'Anouk', 'Brigid',
];
export const MALE_FIRST_NAMES = [
  'Bram', 'Corin', 'Emil', 'Gustav', 'Ilan', 'Kasimir', 'Matej', 'Orin', 'Quentin', 'Stellan', 'Ulrik', 'Wim', 'Yorick',
  'Alvar', 'Casper', 'Eirik', 'Goran', 'Jarek', 'Leif', 'Niels', 'Pascal', 'Sven', 'Viggo', 'Cyril', 'Anton', 'Davor',
];

/** Surnames are built from a start and an end, which gives several hundred distinct names. */
export const SURNAME_STARTS = ['Ber', 'Dal', 'Eng', 'Fal', 'Gor', 'Hal', 'Ivar', 'Jor', 'Kal', 'Lor', 'Mor', 'Nor', 'Os', 'Pet', 'Rask', 'Sol', 'Tor', 'Ul', 'Vor', 'Wes', 'Zel', 'Brun', 'Kov', 'Mal'];
export const SURNAME_ENDS = ['ek', 'berg', 'sen', 'ova', 'ic', 'dahl', 'and', 'ström', 'ani', 'escu', 'ler', 'mann', 'ard', 'ino', 'is'];

/** Place names are a stem plus a form-specific ending. */
export const PLACE_STEMS = ['Arv', 'Belt', 'Cald', 'Dorn', 'Elm', 'Fenn', 'Gald', 'Harm', 'Ister', 'Jarn', 'Kell', 'Lorn', 'Mard', 'Nerv', 'Orl', 'Pell', 'Quarr', 'Rav', 'Sarn', 'Tald', 'Urm', 'Varn', 'Wend', 'Yst', 'Zarn', 'Brel', 'Crov', 'Dask', 'Estr', 'Grev'];
export const PLACE_ENDINGS: Record<PlaceForm, readonly string[]> = {
  country: ['ia', 'ania', 'ova', 'istan'],
  demonym: ['ian'],
  name: ['ov', 'en', 'ar', 'os'],
  capital: ['a', 'grad', 'holm', 'sk', 'ton', 'burg'],
  land: ['land', 'mark', 'ia'],
  town: ['feld', 'berg', 'vik', 'ovo', 'ham', 'stad'],
};

/** Outlet names for generated articles: a place-like word and a newspaper word. */
export const OUTLET_WORDS = ['Herald', 'Tribune', 'Courier', 'Post', 'Observer', 'Times', 'Report', 'Voice', 'Gazette', 'Chronicle', 'Dispatch', 'Monitor', 'Daily', 'Wire', 'Digest', 'Journal'];
export const OUTLET_PLACES = ['Northern', 'Coastal', 'Valley', 'Capital', 'Metro', 'Harbour', 'Lakeside', 'Evening', 'Morning', 'Frontier', 'Global', 'Civic', 'Riverside', 'Continental', 'Summit'];

export const HEADER_LINES = [
  'Home | News | World | Business | Sport | Contact',
  'Menu  Search  Subscribe  Log in',
  'Breaking news, every hour',
  'Today: {date} | Weather: light rain, 6°C',
  'News · Opinion · Markets · Culture · Video',
];

export const FOOTER_BLOCKS = [
  'Source link',
  'Leave a Reply\nYour email address will not be published. Required fields are marked *',
  'Share this:\nFacebook | X | WhatsApp | Telegram',
  'Related posts\n{teaser}\n{teaser2}',
  'Check Also\n{teaser}',
  'Support our journalism: become a member from just 3 a month.',
  'Sign up for our free morning newsletter.',
  '© {year} {outlet}. All rights reserved.',
  '{views} Views',
  'Comments are closed.',
  'Got a tip? Write to our newsdesk.',
];

export const TEASERS = [
  'Five ways to cut your heating bill this winter',
  'The quiet village that makes the best cheese in the north',
  'Why your phone battery dies faster in the cold',
  'Local team wins cup after dramatic penalty shoot-out',
  'Ten houseplants that survive even the darkest flat',
  'Pensioners queue for new bus passes',
  'Experts explain the return of the vinyl record',
  'Ferry timetable changes for the spring season',
];

export const CREDIT_FORMATS = ['{outlet} {dd}.{mm}.{yyyy}', 'This article first appeared in {outlet}.', 'Source: {outlet}', 'Originally published by {outlet} on {yyyy}-{mm}-{dd}'];
