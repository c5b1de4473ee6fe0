import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimatePublished, leadWeekday, lowerBound } from '../../src/extract/text/estimate-published.js';

// Fictional article parts written for the test.
const caption = (text: string) => ({ text, reason: 'caption' });
const LEAD = 'OSTERFELD (AP) — The harbour council on Tuesday approved the new ferry timetable after a long night of talks.\n\nThe vote was close.';

test('the lead weekday on or after the latest dated caption', () => {
  const removed = [
    caption('Ferries wait in the harbour of Osterfeld on March 2, 2027. (Photo: Lena Brandt)'),
    caption('Council members vote in Osterfeld on March 6, 2027. (Photo: Lena Brandt)'),
  ];
  const e = estimatePublished(LEAD, removed);
  assert.equal(e?.date, '2027-03-09'); // 6 March 2027 is a Saturday; the next Tuesday is the 9th
  assert.match(e!.evidence, /Tuesday/);
  assert.match(e!.evidence, /March 6, 2027/);
});

test('the same weekday as the bound is the bound itself', () => {
  const e = estimatePublished(LEAD, [caption('The harbour on Tuesday, March 9, 2027. (Photo: Lena Brandt)')]);
  assert.equal(e?.date, '2027-03-09');
});

test('no weekday: the bound; archive photos, body-only and non-caption spans do not bound', () => {
  assert.equal(estimatePublished('The council approved the timetable.', [caption('The harbour on 4 May 2026. (Photo: L. Brandt)')])?.date, '2026-05-04');
  assert.equal(estimatePublished(LEAD, [caption('The harbour on 4 May 2026. (Lena Brandt, file)')]), null);
  assert.equal(estimatePublished(LEAD, [{ text: 'Posted 4 May 2026 in Related stories', reason: 'related' }]), null);
  assert.equal(estimatePublished(LEAD, []), null);
  assert.equal(lowerBound([caption('A ferry in May. (Photo: Lena Brandt)')]), null, 'a date without day and year is no bound');
});

test('relative weeks and explicit dates are not the lead weekday', () => {
  assert.equal(leadWeekday('The council met last Tuesday to vote.'), null);
  assert.equal(leadWeekday('The council meets on Tuesday, March 9 to vote.'), null);
  assert.equal(leadWeekday('The mayor said Friday that ferries would run.')?.weekday, 5);
  assert.equal(leadWeekday('First paragraph.\n\nSecond paragraph.\n\nThird paragraph, on Monday.'), null, 'only the lead counts');
});
