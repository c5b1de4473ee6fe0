// The hand-written scans and shortcuts of extraction give the same answers as the regex definitions
// they replace (kept here as references), on adversarial input: astral letters, lone surrogates,
// case-folding oddities (ſ, K, İ), markup characters.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readabilityMayWin, textLength } from '../../src/extract/html/choose.js';
import { parseDocument } from '../../src/extract/html/parse.js';
import { readabilityPass } from '../../src/extract/html/readability-pass.js';
import { pageTextBound } from '../../src/extract/html/text.js';
import { extractHtml } from '../../src/extract/html/index.js';
import { detectLanguage, dominantScript as runScript, lettersIn, looksEnglish } from '../../src/extract/language-id.js';
import { hostOf, nameKey } from '../../src/extract/outlets/normalise.js';
import { OutletRegistry } from '../../src/extract/outlets/registry.js';
import { parseDateText } from '../../src/extract/text/dates.js';
import { dominantScript, unitFeatures } from '../../src/extract/text/features.js';
import { stripMarkdown } from '../../src/extract/text/markdown.js';
import { BOILERPLATE_RULES, FUNCTION_WORDS } from '../../src/extract/text/patterns.js';

const pieces = fc.constantFrom(
  'a', 'Bo', 'THE', 'the', 'é', 'É', 'İ', 'ſ', 'K', '.', '-', "'", '’', ' ', '  ', '\n', '\u00a0', ',', '1', '2024', '𝐀', '𝐚', '\ud835', '\udc00',
  '中', '文', 'я', 'Ж', 'ά', 'ש', 'ب', 'क', '한', 'ひ', 'カ', 'ก', '”', ')', '!', '?', '…', 'said', 'Of', 'und', 'x.y', '@', 'http://', 'www.', '.com',
);
const texts = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''));

describe('unit feature scans', () => {
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
  const SCRIPTS = ['Latin', 'Arabic', 'Cyrillic', 'Han', 'Hebrew', 'Greek', 'Devanagari', 'Hangul', 'Hiragana', 'Katakana', 'Thai'];
  const SCRIPT_RES = SCRIPTS.map((s) => new RegExp(`\\p{Script=${s}}`, 'gu'));
  function refScript(input: string): string | null {
    const text = input.length > 400 ? input.slice(0, 400) : input;
    let best: string | null = null;
    let bestCount = 0;
    SCRIPT_RES.forEach((re, i) => {
      const n = text.match(re)?.length ?? 0;
      if (n > bestCount) [best, bestCount] = [SCRIPTS[i], n];
    });
    return best;
  }
  function refWords(text: string): { words: number; capsRatio: number; functionRatio: number; terminal: boolean; fullStop: boolean } {
    const words = text.match(WORD) ?? [];
    const alpha = words.filter((w) => /^\p{L}/u.test(w));
    const caps = alpha.filter((w) => /^\p{Lu}/u.test(w)).length;
    const fn = words.filter((w) => FUNCTION_WORDS.has(w.toLowerCase())).length;
    return {
      words: words.length,
      capsRatio: alpha.length ? caps / alpha.length : 0,
      functionRatio: words.length ? fn / words.length : 0,
      terminal: /[.!?…]["'’”»)\]]*$/u.test(text),
      fullStop: /[.…]["'’”»)\]]*$/u.test(text),
    };
  }

  it('word counts, capitals, function words and end marks match the regex definitions', () => {
    fc.assert(fc.property(texts, (s) => {
      const f = unitFeatures(s);
      assert.deepEqual({ words: f.words, capsRatio: f.capsRatio, functionRatio: f.functionRatio, terminal: f.terminal, fullStop: f.fullStop }, refWords(s));
    }), { numRuns: 2000 });
  });

  it('the dominant script matches the per-script regex counts, also where the 400-character sample cuts a pair', () => {
    fc.assert(fc.property(texts, (s) => assert.equal(dominantScript(s), refScript(s))), { numRuns: 2000 });
    for (const s of ['a'.repeat(399) + '𝐀𝐀', 'a'.repeat(399) + '中中', '中'.repeat(200) + 'a'.repeat(200)]) assert.equal(dominantScript(s), refScript(s));
  });
});

describe('language-id scans', () => {
  it('letter counts match /\\p{L}/gu', () => {
    fc.assert(fc.property(texts, (s) => assert.equal(lettersIn(s), s.match(/\p{L}/gu)?.length ?? 0)), { numRuns: 2000 });
  });

  it('the English test reads the [a-z]+ runs of the lower-cased text', () => {
    const FW = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'at', 'from', 'it', 'his', 'her', 'has', 'have', 'are', 'were', 'be', 'this', 'not', 'but', 'said', 'will', 'would', 'which', 'their', 'its', 'an', 'who']);
    const ref = (text: string, share: number): boolean => {
      const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
      return words.length >= 8 && words.filter((w) => FW.has(w)).length / words.length >= share;
    };
    const english = fc.array(fc.constantFrom('the', 'THE', 'İn', 'Said', 'of', 'bridge', 'river', ' ', '. ', 'wHICH', 'K'), { maxLength: 30 }).map((a) => a.join(' '));
    fc.assert(fc.property(fc.oneof(texts, english), (s) => assert.equal(looksEnglish(s, 0.15), ref(s, 0.15))), { numRuns: 2000 });
  });

  it('the script of a run still goes to the script seen first on a tie', () => {
    assert.equal(runScript('abЖя'), 'latin');
    assert.equal(runScript('Жяab'), runScript('Жя'));
    assert.notEqual(runScript('Жя'), 'latin');
    assert.equal(runScript('123 !?'), null);
  });

  it('names every script of the table, not only Latin', () => {
    const cases: [string, string][] = [
      ['Καλημέρα κόσμε', 'greek'], ['Привет мир', 'cyrillic'], ['שלום עולם', 'hebrew'], ['مرحبا بالعالم', 'arabic'],
      ['नमस्ते दुनिया', 'devanagari'], ['สวัสดีชาวโลก', 'thai'], ['こんにちは', 'kana'], ['안녕하세요', 'hangul'], ['你好世界', 'han'],
      ['გამარჯობა', 'georgian'], ['Բարեւ աշխարհ', 'armenian'], ['Ġabra ħafna', 'latin'],
    ];
    for (const [text, script] of cases) assert.equal(runScript(text), script, text);
    assert.equal(detectLanguage('Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία της χώρας.'), 'el');
  });
});

describe('outlet look-ups', () => {
  const reference = (hostOrUrl: string): string | null => {
    let s = hostOrUrl.trim().toLowerCase();
    if (!s) return null;
    const at = s.lastIndexOf('@');
    if (at >= 0 && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = s.slice(at + 1);
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = `http://${s}`;
    try {
      const host = new URL(s).hostname.replace(/^www\d?\./, '').replace(/\.$/, '');
      return host.includes('.') ? host : null;
    } catch {
      return null;
    }
  };
  const hostPieces = fc.constantFrom('a', 'news', '.', ' ', '/', '?', '#', '\\', '@', ':', '80', 'com', 'www.', 'http://', 'ftp://', '\t', 'x y', 'É', '[', ']');

  it('hostOf answers a space in the host without URL parsing, as URL parsing would', () => {
    fc.assert(fc.property(fc.array(hostPieces, { maxLength: 12 }).map((a) => a.join('')), (s) => assert.equal(hostOf(s), reference(s))), { numRuns: 3000 });
    for (const s of ['The Coastal Tribune', 'coastal tribune.example', 'example.com/a b', 'example.com: 80', 'jane doe@example.com']) assert.equal(hostOf(s), reference(s));
  });

  it('byName skips only texts too long to fold to a registered key', () => {
    const entries = [
      { name: 'The Harbour Post', aliases: ['HPN', 'Harbour-Post Daily'], domains: ['harbourpost.example'] },
      { name: 'Radio Fenmark', aliases: [], domains: [] },
    ];
    const registry = new OutletRegistry(entries.map((e) => ({ ...e, country: null, groups: [] })));
    const keys = new Map(entries.flatMap((e) => [e.name, ...e.aliases].map((n) => [nameKey(n), e.name] as const)));
    const names = fc.constantFrom('The', 'Harbour', 'Post', 'HPN', 'Daily', '-', ' ', '!!!', '   ', 'Radio', 'Fenmark', 'ſ', 'the ', '.', '\u0301', 'ﬁ');
    fc.assert(fc.property(fc.array(names, { maxLength: 12 }).map((a) => a.join('')), (s) => {
      assert.equal(registry.byName(s)?.name ?? null, keys.get(nameKey(s)) ?? null);
    }), { numRuns: 3000 });
    assert.equal(registry.byName(`${'!'.repeat(300)} the harbour post ${'.'.repeat(300)}`)?.name, 'The Harbour Post');
  });
});

describe('Markdown fast path', () => {
  // The rules of stripMarkdown as they were before the fast path, applied unconditionally.
  const reference = (input: string): string => {
    let s = input.replace(/^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/, '$2').replace(/^\s{0,3}(?:>\s?)+/, '').replace(/^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+(?=\S)/, '');
    s = s.replace(/\\([\\`*_{}[\]()#+\-.!$<>|~"'])/g, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
    s = s.replace(/!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '').replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1');
    s = s.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1').replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, (_, u: string) => u.replace(/^mailto:/, ''));
    s = s.replace(/`([^`]+)`/g, '$1').replace(/~~([^~]+)~~/g, '$1');
    for (let i = 0; i < 3; i++) s = s.replace(/(\*{1,3})(?=[^\s*])([^*]*?[^\s*])\1(?!\*)/g, '$2').replace(/(?<![\p{L}\p{N}_])(_{1,3})(?=[^\s_])([^_]*?[^\s_])\1(?![\p{L}\p{N}_])/gu, '$2');
    s = s.replace(/<br\s*\/?>/gi, ' ').replace(/[\uE000-\uE07F]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
    return s.replace(/\s+/g, ' ').trim();
  };
  const md = fc.constantFrom('word', ' ', '# ', '> ', '- ', '1. ', '*', '_', '`', '~~', '[', ']', '(', ')', '!', '<br>', '<http://x.y>', '\\', '\uE02A', '\n', 'é');

  it('gives what the full rules give', () => {
    fc.assert(fc.property(fc.array(md, { maxLength: 20 }).map((a) => a.join('')), (s) => assert.equal(stripMarkdown(s), reference(s))), { numRuns: 3000 });
  });
});

describe('boilerplate rule cues', () => {
  const cued = BOILERPLATE_RULES.filter((r) => r.cues);
  // Every literal word of the cued patterns, in several cases, plus the characters that fold to ASCII.
  const vocabulary = [...new Set(cued.flatMap((r) => r.re.source.match(/[a-z]+/g) ?? []))];
  const words = fc.constantFrom(...vocabulary, ...vocabulary.map((w) => w.toUpperCase()), 'ſubscribe', 'Pleaſe', 'e-mail', 'you', ':', '.', '-', 'K');
  const phrases = fc.array(words, { minLength: 1, maxLength: 9 }).map((a) => a.join(' '));

  it('a unit without any cue of a rule never matches that rule', () => {
    let matched = 0;
    fc.assert(fc.property(phrases, (s) => {
      const lower = s.toLowerCase().replace(/ſ/g, 's');
      for (const r of cued) {
        if (!r.re.test(s)) continue;
        matched++;
        assert.ok(r.cues!.some((c) => lower.includes(c)), `${r.reason} matched "${s}" without a cue`);
      }
    }), { numRuns: 20000 });
    assert.ok(matched > 100, `the generator reached too few matches (${matched})`);
  });
});

describe('Readability is skipped only when it cannot win', () => {
  const PARA = 'The harbour board approved the new ferry timetable on Monday after a long public consultation with residents.';
  const pages = [
    `<html><body><article><p>${PARA}</p><p>${PARA}</p></article><nav><a href="/">Home</a></nav></body></html>`,
    // Content outside <body>: Readability reads the whole document, so must the bound.
    `<html><head><title>T</title></head><body></body><div><p>${PARA}</p><p>${PARA}</p><p>${PARA}</p></div></html>`,
    `<html><body><div class="menu"><ul>${'<li><a href="/x">Section link</a></li>'.repeat(30)}</ul></div><div><p>${PARA}</p></div><script>var x = "${'s'.repeat(2000)}";</script></body></html>`,
    `<html><body><div>${`<div>${PARA} ${PARA}</div>`.repeat(5)}</div><footer>${'Copyright line. '.repeat(40)}</footer></body></html>`,
  ];

  it('the page bound holds Readability\'s text, and skipping keeps the extraction', () => {
    pages.forEach((html, i) => {
      const doc = parseDocument(html);
      const bound = pageTextBound(doc.documentElement!);
      const algo = readabilityPass(doc);
      assert.ok(textLength(algo?.kept ?? []) <= bound, `page ${i}: Readability returned more text than the page bound`);
      if (i !== 1) assert.ok(extractHtml(html).text.includes('ferry timetable'), `page ${i}: the paragraph was lost`);
    });
  });

  it('only a result with paragraphs and half the page text skips the pass', () => {
    const p = (text: string, tag = 'p') => ({ text, tag, linkChars: 0, main: true, order: 0, list: -1 });
    assert.equal(readabilityMayWin([p('x'.repeat(500))], 1000), false);
    assert.equal(readabilityMayWin([p('x'.repeat(499))], 1000), true);
    assert.equal(readabilityMayWin([p('x'.repeat(900), 'li')], 1000), true);
    assert.equal(readabilityMayWin([], 0), true);
  });
});

describe('date parsing memo', () => {
  it('answers repeated and distinct lines as a fresh parse does', () => {
    const lines = ['April 18, 2024', 'Updated: 3 March 2025, 10:15', '01.02.2022', 'Not a date 2024', 'April 18, 2024'];
    const first = lines.map(parseDateText);
    assert.deepEqual(first, ['2024-04-18', '2025-03-03', '2022-02-01', null, '2024-04-18']);
    assert.deepEqual(lines.map(parseDateText), first);
  });
});
