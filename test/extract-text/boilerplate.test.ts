import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyUnit } from '../../src/extract/text/boilerplate.js';

// Each reason with lines written for fictional sites, then body sentences that share words with them.
const POSITIVE: [string, string][] = [
  ['Please wait…', 'loading'],
  ['Loading...', 'loading'],
  ['Views: 1,204', 'view_counter'],
  ['356 views', 'view_counter'],
  ['Source link', 'source_link'],
  ['Read the original article', 'source_link'],
  ['Source: Riverside Chronicle', 'credit_line'],
  ['This article was originally published by The Lakeside Ledger on 3 May 2023.', 'credit_line'],
  ['Originally published at northstarpost.net', 'credit_line'],
  ['Reporting by Ana Ruiz; Editing by Tom Bell', 'contributors'],
  ['About Harbour Daily Mail-Bag', 'about_outlet'],
  ['About the author', 'about_outlet'],
  ['RELATED STORIES', 'related'],
  ['Related posts:', 'related'],
  ['Check Also', 'related'],
  ['Read more: Mayor opens the new bridge', 'related'],
  ['You may also like', 'related'],
  ['Leave a Reply', 'comments'],
  ['Your email address will not be published. Required fields are marked *', 'comments'],
  ['12 Comments', 'comments'],
  ['Share this article', 'share_prompt'],
  ['Facebook Twitter WhatsApp Email', 'share_prompt'],
  ['Follow us on Mastodon', 'share_prompt'],
  ['Sign up for our free morning newsletter and get the headlines first.', 'newsletter'],
  ['Get the latest stories delivered straight to your inbox.', 'newsletter'],
  ['Did you like this article? Then please consider making a donation.', 'donation'],
  ['For as little as $3 a month you can keep our newsroom going.', 'donation'],
  ['Help us fund our independent journalism: donate today.', 'donation'],
  ['you are a loyal reader', 'donation'],
  ['Already a subscriber? Log in to continue reading.', 'paywall'],
  ['To contact the Valley Herald newsroom, write to:', 'contact'],
  ['tips@valleyherald.net', 'contact'],
  ['valleyherald.net/contact', 'contact'],
  ['https://www.valleyherald.net', 'link'],
  ['Advertisement', 'advertisement'],
  ['© 2024 Valley Herald Media. All rights reserved.', 'copyright'],
  ['Photo: Jan Kowalski / Valley Herald', 'caption'],
  ['The mayor speaks at the harbour on Tuesday, May 2, 2023. (Lena Ortiz/Pool/AFP)', 'caption'],
  ['Firefighters work at the scene in Porto, Portugal. (Rui Santos, Lusa via AP, file)', 'caption'],
  ['Home | World | Business | Sport | Culture', 'navigation'],
  ['European Languages', 'navigation'],
];

const NEGATIVE: string[] = [
  'The council said it would publish a newsletter for residents every month starting in June.',
  'The source, who spoke on condition of anonymity, said the talks had stalled.',
  'About 30 percent of the harbour’s cargo now comes from Asia, officials said.',
  'The charity received donations from thousands of people after the flood.',
  'The paper introduced a paywall in 2011 and lost a third of its readers.',
  'Ukraine has said it wants to become a member of the alliance within ten years.',
  'Related research by the university found similar effects in other cities.',
  'Share prices rose 4 percent in early trading on Wednesday.',
  'He said the photo showed the minister leaving the building late at night.',
  'Comments by the minister drew criticism from opposition parties.',
  'The company said it would contact all affected customers by email this week.',
  'Officials said 1,200 people had been evacuated from the valley overnight.',
];

describe('classifyUnit', () => {
  for (const [text, reason] of POSITIVE) {
    it(`${reason}: ${text}`, () => assert.equal(classifyUnit(text), reason));
  }
  for (const text of NEGATIVE) {
    it(`body stays: ${text.slice(0, 50)}`, () => assert.equal(classifyUnit(text), null));
  }
});
