import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSpellingVariant, withinOneEdit } from '../../src/language/entities/spelling.js';

describe('withinOneEdit', () => {
  const cases: [string, string, boolean][] = [
    ['wenbin', 'wengbin', true], ['wenbin', 'wenbin', true], ['wenbin', 'wenbim', true], ['wenbin', 'wnebin', true],
    ['wenbin', 'wenbi', true], ['wenbin', 'wengbing', false], ['wenbin', 'mingwen', false], ['ab', 'ba', true], ['abc', 'cab', false],
  ];
  for (const [a, b, want] of cases) it(`${a} / ${b} → ${want}`, () => assert.equal(withinOneEdit(a, b), want));
});

describe('isSpellingVariant', () => {
  const cases: [string, string, boolean][] = [
    ['wang wenbin', 'wang wengbin', true],
    ['wang yi', 'wang wenbin', false],
    ['zhao lijian', 'zhao mingwen', false],
    ['wang yi', 'wang ye', false], // too short to vary
    ['wang wenbin', 'wang lenbin', false], // first letter differs
    ['wang wenbin', 'wong wengbin', false], // two parts differ
    ['wang wenbin', 'wang wenbin', false], // the same name is no variant
    ['antony blinken', 'anthony blinken', true],
    ['wenbin', 'wengbin', false], // single names are never variants
  ];
  for (const [a, b, want] of cases) it(`${a} / ${b} → ${want}`, () => assert.equal(isSpellingVariant(a.split(' '), b.split(' ')), want));
});
