import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { governmentMetonym } from '../../src/language/entities/metonym.js';

// [sentence, the place mention in it, expected country or null for the place itself]
const CASES: [string, string, string | null][] = [
  ['Beijing said it would respond.', 'Beijing', 'China'],
  ['Moscow has repeatedly demanded guarantees.', 'Moscow', 'Russia'],
  ['He warned Washington not to interfere.', 'Washington', 'United States'],
  ["Beijing's position has not changed.", 'Beijing', 'China'],
  ['Beijing and Moscow have signed a pact.', 'Beijing', 'China'],
  ['The Kremlin rejected the claims.', 'Kremlin', 'Russia'],
  ['Sanctions on Moscow were tightened.', 'Moscow', 'Russia'],
  ['Reporters waited in Beijing for hours.', 'Beijing', null],
  ['Putin is flying to Beijing next week.', 'Beijing', null],
  ['He spoke at the Kremlin on Monday.', 'Kremlin', null],
  ['The address was in Manezh, Moscow, Russia, last year.', 'Moscow', null],
  ['BEIJING (AP) — Officials met.', 'BEIJING', null],
  ['Tickets for the Beijing Winter Olympics sold out.', 'Beijing', null],
  ['Beijing, the Chinese capital, was quiet.', 'Beijing', null],
  ['Paris-born Amelie said so.', 'Amelie', null], // not a capital at all
];

describe('governmentMetonym', () => {
  for (const [text, surface, want] of CASES) {
    it(`${text} → ${want}`, () => {
      const start = text.indexOf(surface);
      assert.equal(governmentMetonym(text, start, start + surface.length), want);
    });
  }
});
