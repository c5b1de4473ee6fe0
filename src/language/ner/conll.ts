// CoNLL-2003 column files and conlleval's chunk semantics (IOB1: "I-X" continues or starts a
// chunk, "B-X" only separates two adjacent chunks of the same type).

export interface ConllSentence {
  words: string[];
  /** NER column as written in the file (IOB1). */
  tags: string[];
}

/** Documents (split at -DOCSTART-) of sentences (split at blank lines). */
export function readConll(text: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] = [];
  let sent: ConllSentence = { words: [], tags: [] };
  const flushSentence = () => {
    if (sent.words.length) doc.push(sent);
    sent = { words: [], tags: [] };
  };
  for (const line of text.split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      flushSentence();
      if (doc.length) docs.push(doc);
      doc = [];
    } else if (cols.length < 2) flushSentence();
    else {
      sent.words.push(cols[0]);
      sent.tags.push(cols[cols.length - 1]);
    }
  }
  flushSentence();
  if (doc.length) docs.push(doc);
  return docs;
}

export interface Chunk {
  type: string;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
}

function split(tag: string): [string, string] {
  if (tag === 'O') return ['O', ''];
  const dash = tag.indexOf('-');
  return dash < 0 ? [tag, ''] : [tag.slice(0, dash), tag.slice(dash + 1)];
}

// conlleval's endOfChunk / startOfChunk, restricted to the IOB tags found in CoNLL-2003.
function endsChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (prevTag === 'B' && (tag === 'B' || tag === 'O')) return true;
  if (prevTag === 'I' && (tag === 'B' || tag === 'O')) return true;
  return prevTag !== 'O' && prevType !== type;
}

function startsChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (tag === 'B') return true;
  if (prevTag === 'O' && tag === 'I') return true;
  return tag !== 'O' && prevType !== type;
}

/** Chunks of one sentence's tag sequence, exactly as conlleval delimits them. */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let prevTag = 'O';
  let prevType = '';
  let open: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const [tag, type] = i < tags.length ? split(tags[i]) : ['O', ''];
    if (open && endsChunk(prevTag, tag, prevType, type)) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (startsChunk(prevTag, tag, prevType, type)) open = { type, start: i, end: i };
    prevTag = tag;
    prevType = type;
  }
  return out;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** conlleval: micro-averaged exact-chunk P/R/F1 overall and per type. */
export function conllEval(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): { overall: Prf; byType: Record<string, Prf> } {
  const counts = new Map<string, [number, number, number]>();
  const bump = (type: string, k: 0 | 1 | 2) => {
    const c = counts.get(type) ?? [0, 0, 0];
    c[k]++;
    counts.set(type, c);
  };
  for (let s = 0; s < gold.length; s++) {
    const g = chunksOf(gold[s]);
    const p = chunksOf(pred[s]);
    const keys = new Set(g.map((c) => `${c.type}:${c.start}:${c.end}`));
    for (const c of g) bump(c.type, 2);
    for (const c of p) {
      bump(c.type, 1);
      if (keys.has(`${c.type}:${c.start}:${c.end}`)) bump(c.type, 0);
    }
  }
  let [tc, tp, tg] = [0, 0, 0];
  const byType: Record<string, Prf> = {};
  for (const [type, [c, p, g]] of [...counts].sort()) {
    byType[type] = prf(c, p, g);
    tc += c;
    tp += p;
    tg += g;
  }
  return { overall: prf(tc, tp, tg), byType };
}

/** IOB1 → IOB2 (every chunk begins with B-), the tagger's internal scheme. */
export function toIob2(tags: readonly string[]): string[] {
  return chunksOf(tags).reduce(
    (out, c) => {
      for (let i = c.start; i < c.end; i++) out[i] = `${i === c.start ? 'B' : 'I'}-${c.type}`;
      return out;
    },
    tags.map(() => 'O'),
  );
}
