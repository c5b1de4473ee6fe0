// Per-event wording of the demo templates: a generated event rewords each template it uses with its
// own paraphrase variants, counts, sentence choices and background borrowed from its topic, and its story's names for the organisations
// the worlds keep, so different events of the same kind share stock phrases at most, while all
// articles (and copies) of one event share the event's wording.
import { borrowParagraphs } from './borrow-paragraphs.js';
import type { DemoTemplate } from './demo-templates.js';
import { MAX_COUNT_SHIFT, shiftNumberWords } from './number-words.js';
import { paraphrase } from './paraphrase-text.js';
import { createRandom, mixSeed } from './seeded-random.js';
import { renameStoryNames, storyNames, type StoryNames } from './story-names.js';
import { varySentences } from './vary-sentences.js';

const CACHE_SIZE = 64; // recent (event, template) texts and stories; bounded so the generator keeps streaming
/** Quantities glued to a unit ("310km", "€2.8bn", "310-kilometre"), which the world rewrite leaves alone. */
const UNIT_NUMBER = /(?<![\w.,])(\d+(?:\.\d+)?)(?=(?:km|bn|m|-kilometre|-seat)\b)/g;

/** Scales unit-glued quantities by the event's factor, keeping their decimals. */
function scaleUnits(text: string, factor: number): string {
  return text.replace(UNIT_NUMBER, (n) => {
    const decimals = n.split('.')[1]?.length ?? 0;
    return Math.max(decimals ? 0.1 : 1, Number(n) * factor).toFixed(decimals);
  });
}

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  cache.set(key, value);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return value;
}

export interface WordedEvent {
  id: string;
  story: string;
  wordingSeed: number;
  /** Days (0-6) the story's dates move beyond whole weeks; weekday names move alike. */
  weekdayShift: number;
}

export class EventWordings {
  private readonly index = new Map<string, number>();
  private readonly byTopic = new Map<string, DemoTemplate[]>();
  private readonly cache = new Map<string, DemoTemplate>();
  private readonly stories = new Map<string, StoryNames>();

  constructor(templates: readonly DemoTemplate[], private readonly seed: number) {
    templates.forEach((t, i) => {
      this.index.set(t.key, i);
      this.byTopic.set(t.topic, [...(this.byTopic.get(t.topic) ?? []), t]);
    });
  }

  /** The template as `event` words it. */
  of(event: WordedEvent, t: DemoTemplate): DemoTemplate {
    const key = `${event.id}\0${t.key}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const names = this.stories.get(event.story) ?? remember(this.stories, event.story, storyNames(this.seed, Number(event.story.slice(1)) || 0, event.weekdayShift));
    const w = { seed: event.wordingSeed };
    const counts = 1 + (mixSeed(event.wordingSeed, 2) % MAX_COUNT_SHIFT);
    const rng = createRandom(mixSeed(event.wordingSeed, 1, this.index.get(t.key) ?? 0));
    const factor = 0.6 + rng.next() * 0.9;
    const reword = (text: string): string => renameStoryNames(shiftNumberWords(scaleUnits(paraphrase(text, w), factor), counts), names);
    return remember(this.cache, key, { ...t, title: reword(t.title), paragraphs: varySentences(borrowParagraphs(t, this.byTopic.get(t.topic)!, rng), rng).map(reword) });
  }
}
