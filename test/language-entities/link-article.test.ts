import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityAt } from '../../src/language/entities/index.js';
import { entityOf, link } from './fixtures.js';

const TWO_WANGS = [
  'Foreign Minister Wang Lifeng met his counterpart in Geneva on Monday.',
  'Wang said the talks were useful.',
  'Later, Foreign Ministry spokesperson Wang Chunhua told reporters that no deal was near.',
  'Wang added that the ministry would wait.',
  'Foreign Minister Wang is expected to travel again next week.',
  'The foreign minister said nothing more, and the spokesman declined to comment.',
].join(' ');
const TWO_WANGS_MENTIONS: [string, 'PERSON' | 'GPE'][] = [['Wang Lifeng', 'PERSON'], ['Wang Chunhua', 'PERSON'], ['Wang', 'PERSON'], ['Geneva', 'GPE']];

describe('linkArticleEntities: people sharing a surname', () => {
  const ae = link(TWO_WANGS, TWO_WANGS_MENTIONS);
  it('keeps two people with the same family name apart', () => {
    const people = ae.entities.filter((e) => e.type === 'PERSON').map((e) => e.name).sort();
    assert.deepEqual(people, ['Wang Chunhua', 'Wang Lifeng']);
  });
  it('sends a bare surname to the nearest preceding full mention', () => {
    assert.equal(entityOf(ae, TWO_WANGS, 'Wang', 1)?.name, 'Wang Lifeng'); // "Wang said"
    assert.equal(entityOf(ae, TWO_WANGS, 'Wang', 3)?.name, 'Wang Chunhua'); // "Wang added"
  });
  it('uses a stated title to pick among people sharing the surname', () => {
    assert.equal(entityOf(ae, TWO_WANGS, 'Wang', 4)?.name, 'Wang Lifeng'); // "Foreign Minister Wang"
  });
  it('collects pre-name titles as roles and keeps surnames as aliases', () => {
    const lifeng = ae.entities.find((e) => e.name === 'Wang Lifeng')!;
    const chunhua = ae.entities.find((e) => e.name === 'Wang Chunhua')!;
    assert.deepEqual(lifeng.roles, ['Foreign Minister']);
    assert.deepEqual(chunhua.roles, ['Foreign Ministry spokesperson']);
    assert.deepEqual(lifeng.aliases, ['Wang']);
  });
  it('resolves title-only mentions to the holder of the role', () => {
    const at = (s: string) => TWO_WANGS.indexOf(s);
    assert.equal(entityAt(ae, at('The foreign minister'))?.name, 'Wang Lifeng');
    assert.equal(entityAt(ae, at('the spokesman'))?.name, 'Wang Chunhua');
  });
  it('looks entities up by offset and by span', () => {
    assert.equal(entityAt(ae, TWO_WANGS.indexOf('Lifeng'))?.name, 'Wang Lifeng');
    assert.equal(entityAt(ae, 0, 20)?.name, 'Wang Lifeng'); // the span covers "Foreign Minister Wang"
    assert.equal(entityAt(ae, TWO_WANGS.indexOf('met')), null);
  });
});

describe('linkArticleEntities: roles around names', () => {
  const cases: { text: string; person: string; roles: string[] }[] = [
    { text: 'Tamsin Orlova, the Veldrian foreign minister, told reporters she was hopeful.', person: 'Tamsin Orlova', roles: ['Veldrian foreign minister'] },
    { text: 'Karl Meinhof, a former Austrian diplomat, said the plan would fail.', person: 'Karl Meinhof', roles: ['former Austrian diplomat'] },
    { text: 'The talks included US Secretary of State Dana Whitcombe and others.', person: 'Dana Whitcombe', roles: ['US Secretary of State'] },
    { text: 'Odile Brack is the French defence minister and spoke first.', person: 'Odile Brack', roles: ['French defence minister'] },
    { text: 'The minister arrived late, and the Canadian ambassador, Pierre Lalonde, spoke.', person: 'Pierre Lalonde', roles: ['Canadian ambassador'] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const ae = link(c.text, [[c.person, 'PERSON']]);
      assert.deepEqual(ae.entities.find((e) => e.name === c.person)?.roles, c.roles);
    });
  }
  it('does not take a following name or an unrelated clause as a role', () => {
    const text = 'Mara Quill, Russian President Ivan Petrov and others met. Mara Quill, speaking to the minister, smiled.';
    const ae = link(text, [['Mara Quill', 'PERSON'], ['Ivan Petrov', 'PERSON']]);
    assert.deepEqual(ae.entities.find((e) => e.name === 'Mara Quill')?.roles, []);
    assert.deepEqual(ae.entities.find((e) => e.name === 'Ivan Petrov')?.roles, ['Russian President']);
  });
});

describe('linkArticleEntities: surnames, romanisations, mistyped mentions', () => {
  it('links a romanisation variant of the surname when only one person fits', () => {
    const text = 'Premier Li Dongsheng spoke on Saturday. Conditions, Lee said, were volatile.';
    const ae = link(text, [['Li Dongsheng', 'PERSON'], ['Lee', 'PERSON']]);
    assert.equal(entityOf(ae, text, 'Lee')?.name, 'Li Dongsheng');
  });
  it('keeps an unrelated surname-only person on its own', () => {
    const text = 'Premier Li Dongsheng spoke on Saturday. Conditions, Garcia said, were volatile.';
    const ae = link(text, [['Li Dongsheng', 'PERSON'], ['Garcia', 'PERSON']]);
    assert.equal(entityOf(ae, text, 'Garcia')?.name, 'Garcia');
    assert.equal(entityOf(ae, text, 'Garcia')?.key, 'PERSON:garcia');
  });
  it('takes a surname tagged as ORG to the person, but never a country name', () => {
    const text = 'Envoy Amos Jordan flew to Amman. Jordan said talks with Jordan went well. Later Jordan rested.';
    const ae = link(text, [['Amos Jordan', 'PERSON'], ['Amman', 'GPE'], ['Jordan', 'GPE']]);
    // Gazetteer countries stay places even when a person shares the name.
    assert.equal(entityOf(ae, text, 'Jordan', 1)?.type, 'GPE');
    const text2 = 'Envoy Amos Brackett flew to Amman. Brackett said talks went well.';
    const ae2 = link(text2, [['Amos Brackett', 'PERSON'], ['Amman', 'GPE'], ['Brackett', 'ORG']]);
    assert.equal(entityOf(ae2, text2, 'Brackett', 1)?.name, 'Amos Brackett');
  });
});

describe('linkArticleEntities: capitals as governments', () => {
  const text = 'Beijing said on Friday it would respond. Reporters in Beijing waited. Moscow has demanded guarantees, and the Kremlin warned of costs. Officials flew to Moscow on Sunday.';
  const ae = link(text, [['Beijing', 'GPE'], ['Moscow', 'GPE'], ['Kremlin', 'GPE']]);
  it('links actor uses to the country and keeps locative uses as the city', () => {
    assert.equal(entityOf(ae, text, 'Beijing', 0)?.name, 'China');
    assert.equal(entityOf(ae, text, 'Beijing', 0)?.type, 'GPE');
    assert.deepEqual(entityOf(ae, text, 'Beijing', 0)?.aliases, ['Beijing']);
    assert.equal(entityOf(ae, text, 'Beijing', 1)?.name, 'Beijing');
    assert.equal(entityOf(ae, text, 'Moscow', 0)?.name, 'Russia');
    assert.equal(entityOf(ae, text, 'Kremlin', 0)?.name, 'Russia');
    assert.equal(entityOf(ae, text, 'Moscow', 1)?.name, 'Moscow');
  });
});

describe('linkArticleEntities: aliases and acronyms', () => {
  it('merges alias-table forms under the canonical name', () => {
    const text = 'NATO met. Nato allies and the North Atlantic Treaty Organization agreed. The U.S. and the United States met in Kiev, or in Kyiv.';
    const ae = link(text, [['NATO', 'ORG'], ['Nato', 'ORG'], ['North Atlantic Treaty Organization', 'ORG'], ['U.S.', 'GPE'], ['United States', 'GPE'], ['Kiev', 'GPE'], ['Kyiv', 'GPE']]);
    const names = ae.entities.map((e) => `${e.name}:${e.mentions.length}`).sort();
    assert.deepEqual(names, ['Kyiv:2', 'NATO:3', 'United States:2']);
  });
  it('detects an acronym defined in the article', () => {
    const text = 'The Northern Fisheries Authority (NFA) issued quotas. The NFA later revised them.';
    const ae = link(text, [['Northern Fisheries Authority', 'ORG'], ['NFA', 'ORG']]);
    assert.equal(ae.entities.length, 1);
    assert.equal(ae.entities[0].name, 'Northern Fisheries Authority');
    assert.deepEqual(ae.entities[0].aliases, ['NFA']);
    assert.equal(ae.entities[0].mentions.length, 3);
  });
  it('does not take unrelated capitals in parentheses as an acronym', () => {
    const text = 'The Northern Fisheries Authority (XYZ) issued quotas. XYZ was not involved.';
    const ae = link(text, [['Northern Fisheries Authority', 'ORG'], ['XYZ', 'ORG']]);
    assert.equal(ae.entities.length, 2);
  });
});

describe('linkArticleEntities: output shape', () => {
  it('is deterministic, has sorted non-overlapping spans and ignores numeric mentions', () => {
    const a = link(TWO_WANGS, TWO_WANGS_MENTIONS);
    const b = link(TWO_WANGS, TWO_WANGS_MENTIONS);
    assert.deepEqual(a, b);
    for (let i = 1; i < a.spans.length; i++) assert.ok(a.spans[i - 1].end <= a.spans[i].start);
    assert.deepEqual(link('It cost $5 in 2020.', [['$5', 'MONEY'], ['2020', 'DATE']]).entities, []);
  });
  it('handles text without sentences or mentions', () => {
    assert.deepEqual(link('', []), { entities: [], spans: [] });
  });
});
