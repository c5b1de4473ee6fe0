import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../src/language/tokens/tokenize.js';

const CASES: [string, string[]][] = [
  ['Mr. Smith visited the U.S. on Jan. 5.', ['Mr.', 'Smith', 'visited', 'the', 'U.S.', 'on', 'Jan.', '5', '.']],
  ['No. 2 paid $1,000 or 3.5% by e-mail', ['No.', '2', 'paid', '$', '1,000', 'or', '3.5', '%', 'by', 'e-mail']],
  ['He said no. Then', ['He', 'said', 'no', '.', 'Then']],
  ['China-Russia ties', ['China-Russia', 'ties']],
  ['Russia’s and Britain\'s', ['Russia', '’s', 'and', 'Britain', "'s"]],
  ["don't O'Neill", ['do', "n't", "O'Neill"]],
  ['“Yes” — he said…', ['“', 'Yes', '”', '—', 'he', 'said', '…']],
  ['wait... what -- now', ['wait', '...', 'what', '--', 'now']],
  ['J. K. Rowling at 10:30 a.m. on 1996-08-22', ['J.', 'K.', 'Rowling', 'at', '10:30', 'a.m.', 'on', '1996-08-22']],
  ['北京欢迎 you', ['北', '京', '欢', '迎', 'you']],
  ['see www.example.org/x. Or mail a.b@example.com', ['see', 'www.example.org/x', '.', 'Or', 'mail', 'a.b@example.com']],
  ['Apple Inc. and Acme Corp. won', ['Apple', 'Inc.', 'and', 'Acme', 'Corp.', 'won']],
  // The URL and e-mail regexes are tried only after a cheap look at the text: words that start
  // like a URL or end before "." / "@" / "+" without being one must still come out as words.
  ['Read https://news.example.com/a?b=1, then http://x.org.', ['Read', 'https://news.example.com/a?b=1', ',', 'then', 'http://x.org', '.']],
  ['how what when www wwwx www.site.net; httpx hxxp', ['how', 'what', 'when', 'www', 'wwwx', 'www.site.net', ';', 'httpx', 'hxxp']],
  ['It ended. Write to press+desk@example.org or j.doe@mail.example.co.uk.', ['It', 'ended', '.', 'Write', 'to', 'press+desk@example.org', 'or', 'j.doe@mail.example.co.uk', '.']],
  ['user_name@example.com (josé@example.com) x-y.z@example.com.', ['user_name@example.com', '(', 'josé', '@', 'example.com', ')', 'x-y.z@example.com', '.']],
  // Clitics split off only words joined by an apostrophe.
  ['The end.@home and a@b and rock’n’roll, Kyiv’s and O’Brien’s', ['The', 'end', '.', '@', 'home', 'and', 'a', '@', 'b', 'and', 'rock’n’roll', ',', 'Kyiv', '’s', 'and', 'O’Brien', '’s']],
];

test('tokenize: CoNLL/PTB conventions', () => {
  for (const [input, expected] of CASES) assert.deepEqual(tokenize(input).map((t) => t.text), expected, input);
});

test('tokenize: offsets point into the input', () => {
  for (const [input] of CASES) {
    let last = 0;
    for (const t of tokenize(input)) {
      assert.equal(input.slice(t.start, t.end), t.text);
      assert.ok(t.start >= last);
      last = t.end;
    }
  }
});

test('tokenize: empty, whitespace-only, RTL and emoji input', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' \n\t\u00a0'), []);
  assert.deepEqual(tokenize('مرحبا بالعالم').map((t) => t.text), ['مرحبا', 'بالعالم']);
  assert.deepEqual(tokenize('ok 👍').map((t) => t.text), ['ok', '👍']);
});
