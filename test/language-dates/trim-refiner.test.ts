// The trim refiner's extents: leading prepositions, trailing punctuation and a trailing signal word go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParsingContext } from 'chrono-node';
import { TrimRefiner } from '../../src/language/dates/refiners/trim-refiner.js';

const trim = (text: string): [number, string] => {
  const context = new ParsingContext(`x ${text} y`, new Date(2022, 1, 1, 12), {});
  const [r] = new TrimRefiner().refine(context, [context.createParsingResult(2, text)]);
  return [r.index, r.text];
};

test('leading prepositions, trailing punctuation and signal words are trimmed', () => {
  assert.deepEqual(trim('on Tuesday,'), [5, 'Tuesday']);
  assert.deepEqual(trim('Within two weeks;'), [9, 'two weeks']);
  assert.deepEqual(trim('the day before'), [2, 'the day']);
  assert.deepEqual(trim('one year after'), [2, 'one year']);
  assert.deepEqual(trim('three years AFTER:'), [2, 'three years']);
  assert.deepEqual(trim('Friday  '), [2, 'Friday']);
});

test('other texts keep their extent', () => {
  for (const text of ['Tuesday', 'the summer', 'in', 'onwards', 'May 5', 'before']) assert.deepEqual(trim(text), [2, text]);
});
