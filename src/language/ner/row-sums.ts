// The tagger's score sums in WebAssembly SIMD: per token, a list of weight rows (NT = 9 floats each)
// added in list order, lanes 0-3 and 4-7 as two f32x4 vectors and lane 8 as one f32. WebAssembly's
// f32 adds are IEEE single-precision adds, which is exactly what Math.fround(s + row[t]) computes in
// JavaScript (a double sum of two floats rounded to float is the float sum), so the scores are bit
// for bit those of the JavaScript loop, at a fraction of the instructions: no conversions between
// double and float per add, no bounds check per element, four lanes per add.
// The rows live in the module's memory (the word table's f32 is a view of it), after a scratch area
// for the row lists, list ends and output scores of one sentence. Hand-assembled (a few dozen
// bytes) because the project has no WebAssembly toolchain; null where WebAssembly SIMD is missing,
// and the tagger then sums in JavaScript.
import { NT } from './tags.js';

if (NT !== 9) throw new Error('row-sums.ts: the kernel is written for 9 tags');

/** Row-list entries, tokens of one sentence and output scores the scratch area holds. */
export const LIST_CAPACITY = 1 << 18;
export const TOKEN_CAPACITY = 1 << 14;
const LIST_AT = 0;
const ENDS_AT = LIST_AT + 4 * LIST_CAPACITY;
const OUT_AT = ENDS_AT + 4 * TOKEN_CAPACITY;
const PAGE = 65536;
/** Byte offset of the rows (f32): the scratch area rounded up to whole pages. */
const ROWS_AT = Math.ceil((OUT_AT + 4 * NT * TOKEN_CAPACITY) / PAGE) * PAGE;
/**
 * The row base (into f32, negative) at which `out` starts: token i's scores are row OUT_ROW + NT * i,
 * so a list may start from them (the kernel's address arithmetic wraps like any i32 add).
 */
export const OUT_ROW = (OUT_AT - ROWS_AT) / 4;

// (func (export "sum") (param $list i32) (param $ends i32) (param $n i32) (param $out i32) (param $rows i32)
//   for each token i < n: s = 0; for each k in [ends[i-1], ends[i]): s += rows[list[k]], 9 lanes; out[i] = s)
const L = { list: 0, ends: 1, n: 2, out: 3, rows: 4, i: 5, k: 6, e: 7, a: 8, s0: 9, s1: 10, s2: 11 } as const;
const get = (x: number): number[] => [0x20, x];
const set = (x: number): number[] => [0x21, x];
const tee = (x: number): number[] => [0x22, x];
const i32c = (v: number): number[] => [0x41, v]; // small non-negative constants only (one LEB byte)
const ADD = 0x6a, MUL = 0x6c, SHL = 0x74, EQZ = 0x45, GE_S = 0x4e, LT_S = 0x48, F32_ADD = 0x92;
const BLOCK = [0x02, 0x40], LOOP = [0x03, 0x40], END = 0x0b;
const brIf = (d: number): number[] => [0x0d, d];
const i32Load = (offset: number): number[] => [0x28, 2, offset];
const f32Load = (offset: number): number[] => [0x2a, 2, offset];
const f32Store = (offset: number): number[] => [0x38, 2, offset];
const v128Load = (offset: number): number[] => [0xfd, 0x00, 0, offset];
const v128Store = (offset: number): number[] => [0xfd, 0x0b, 0, offset];
const V128_ZERO = [0xfd, 0x0c, ...new Array<number>(16).fill(0)];
const F32_ZERO = [0x43, 0, 0, 0, 0];
const F32X4_ADD = [0xfd, 0xe4, 0x01];

const BODY: number[] = [
  // locals: 4 × i32 (i, k, e, a), 2 × v128 (s0, s1), 1 × f32 (s2); all start at zero
  3, 4, 0x7f, 2, 0x7b, 1, 0x7d,
  ...BLOCK,
  ...get(L.n), EQZ, ...brIf(0),
  ...LOOP,
  ...get(L.ends), ...get(L.i), ...i32c(2), SHL, ADD, ...i32Load(0), ...set(L.e),
  ...V128_ZERO, ...set(L.s0), ...V128_ZERO, ...set(L.s1), ...F32_ZERO, ...set(L.s2),
  ...BLOCK,
  ...get(L.k), ...get(L.e), GE_S, ...brIf(0),
  ...LOOP,
  ...get(L.list), ...get(L.k), ...i32c(2), SHL, ADD, ...i32Load(0), ...i32c(2), SHL, ...get(L.rows), ADD, ...set(L.a),
  ...get(L.s0), ...get(L.a), ...v128Load(0), ...F32X4_ADD, ...set(L.s0),
  ...get(L.s1), ...get(L.a), ...v128Load(16), ...F32X4_ADD, ...set(L.s1),
  ...get(L.s2), ...get(L.a), ...f32Load(32), F32_ADD, ...set(L.s2),
  ...get(L.k), ...i32c(1), ADD, ...tee(L.k), ...get(L.e), LT_S, ...brIf(0),
  END,
  END,
  ...get(L.out), ...get(L.i), ...i32c(36), MUL, ADD, ...set(L.a),
  ...get(L.a), ...get(L.s0), ...v128Store(0),
  ...get(L.a), ...get(L.s1), ...v128Store(16),
  ...get(L.a), ...get(L.s2), ...f32Store(32),
  ...get(L.i), ...i32c(1), ADD, ...tee(L.i), ...get(L.n), LT_S, ...brIf(0),
  END,
  END,
  END,
];

const section = (id: number, bytes: number[]): number[] => [id, ...leb(bytes.length), ...bytes];
const name = (s: string): number[] => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];

function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

const MODULE_BYTES = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 5, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0]), // type: (i32 × 5) → ()
  ...section(2, [1, ...name('m'), ...name('memory'), 0x02, 0x00, 0x00]), // import memory (min 0, no max)
  ...section(3, [1, 0]), // one function of type 0
  ...section(7, [1, ...name('sum'), 0x00, 0]), // export it as "sum"
  ...section(10, [1, ...leb(BODY.length), ...BODY]),
]);

let compiled: WebAssembly.Module | null | undefined;

function kernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(MODULE_BYTES);
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/**
 * One memory: scratch for a sentence's row lists and scores, then the rows (`f32`). The memory is
 * never grown in place: WebAssembly.Memory.grow detaches the old buffer, and the first detached
 * buffer in a process makes V8 check for detachment on every typed-array access in optimised code
 * from then on (all stages, not only this one). It is made with room for what its user will need,
 * and in the rare case of more, replaced by a larger copy.
 */
export class RowSums {
  private memory: WebAssembly.Memory;
  private run: (list: number, ends: number, n: number, out: number, rows: number) => void;
  /** The rows: what row bases index (`grow` may replace it and the other views). */
  f32!: Float32Array;
  /** Row bases of the tokens, one list after the other; ends[i] is where token i's list ends. */
  list!: Int32Array;
  ends!: Int32Array;
  /** NT scores per token, written by `sum`. */
  out!: Float32Array;

  /** A kernel with room for `rows` floats, or null when this runtime has no WebAssembly SIMD. */
  static create(rows: number): RowSums | null {
    const m = kernelModule();
    return m === null ? null : new RowSums(m, rows);
  }

  private constructor(private readonly compiled: WebAssembly.Module, rows: number) {
    this.memory = new WebAssembly.Memory({ initial: pagesFor(rows) });
    this.run = this.instantiate();
    this.views(rows);
  }

  private instantiate(): RowSums['run'] {
    return new WebAssembly.Instance(this.compiled, { m: { memory: this.memory } }).exports.sum as RowSums['run'];
  }

  /** Room for at least `rows` floats, the rows kept (f32 is then a new view, maybe of a new memory). */
  grow(rows: number): void {
    const pages = this.memory.buffer.byteLength / PAGE;
    if (pagesFor(rows) > pages) {
      const old = new Uint8Array(this.memory.buffer);
      this.memory = new WebAssembly.Memory({ initial: Math.max(pagesFor(rows), 2 * pages) });
      new Uint8Array(this.memory.buffer).set(old);
      this.run = this.instantiate();
    }
    this.views(rows);
  }

  private views(rows: number): void {
    const buffer = this.memory.buffer;
    this.f32 = new Float32Array(buffer, ROWS_AT, rows);
    this.list = new Int32Array(buffer, LIST_AT, LIST_CAPACITY);
    this.ends = new Int32Array(buffer, ENDS_AT, TOKEN_CAPACITY);
    this.out = new Float32Array(buffer, OUT_AT, NT * TOKEN_CAPACITY);
  }

  /** Sums the lists of tokens 0..n-1 into out (n ≤ TOKEN_CAPACITY, ends[n - 1] ≤ LIST_CAPACITY). */
  sum(n: number): void {
    this.run(LIST_AT, ENDS_AT, n, OUT_AT, ROWS_AT);
  }

  /**
   * As `sum`, but the scores of token i go to f32[row + NT * i ..] (row ≥ 0: into the rows; row =
   * OUT_ROW + NT * j: into out from token j on).
   */
  sumInto(n: number, row: number): void {
    this.run(LIST_AT, ENDS_AT, n, ROWS_AT + 4 * row, ROWS_AT);
  }
}

/** Pages for the scratch area and `rows` floats. */
const pagesFor = (rows: number): number => Math.ceil((ROWS_AT + 4 * rows) / PAGE);
