// Session 16: relation ends the extractor never found. Each case is a class of construction in
// made-up sentences about the entities of seed/lexicon.yaml: rounds of a series named by an
// ordinal alone ("the first Astana Talks", "the third meeting"), the meeting a sentence opens
// with, documents named by their kind, offices of a state that name no holder and
// the government without a state's word, and the office an aide serves ("assistant to Iran's Foreign Minister").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/extract.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';
import { statedFacts } from './stated-facts.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

describe('rounds of a series named by an ordinal', () => {
  it('reads an ordinal right before the series name as its round', async () => {
    const facts = await statedFacts(
      'Russia and Iran organized the first Astana Talks, which were held in January.',
      '2017-08-23',
    );
    expect(facts).toContain('russia ORGANIZES astana-talks-1');
    expect(facts).not.toContain('russia ORGANIZES astana-talks');
  });

  it('reads "the third meeting" after a round of the series as that series round', async () => {
    const facts = await statedFacts(
      'The second round of the Astana talks ended in February. ' +
        'The third meeting was held in March, while Jordan took part as an observer.',
      '2017-08-23',
    );
    expect(facts).toContain('jordan ATTENDS astana-talks-3');
    expect(facts).not.toContain('jordan ATTENDS astana-talks-2');
  });

  it('leaves "the first summit" after a summit to the summits', async () => {
    const facts = await statedFacts(
      'Putin hosted a summit in Sochi on Friday. The first summit was held in Tehran, while Erdogan took part.',
      '2017-11-22',
    );
    expect(facts.filter((f) => /astana-talks/.test(f))).toEqual([]);
  });
});

describe('the meeting a sentence opens with', () => {
  it('is in focus for the whole sentence, not the meeting of the sentence before', async () => {
    const facts = await statedFacts(
      'The Astana talks ended on Monday. The Sochi congress was held on Tuesday, while Jordan took part as an observer.',
    );
    expect(facts).toContain('jordan ATTENDS syrian-national-dialogue-congress');
    expect(facts).not.toContain('jordan ATTENDS astana-talks');
  });
});

describe('documents named by their kind and subject', () => {
  it('finds a memorandum and what refers back to it', async () => {
    const x = await extract('Russia signed a Memorandum on the creation of safe areas. Turkey also signed the text.', {
      published: '2017-05-04',
    });
    const facts = x.relations.filter((r) => r.basis === 'stated').map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(facts).toContain('russia SUPPORTS memorandum-on-the-creation-of-safe-areas');
    expect(facts).toContain('turkey SUPPORTS memorandum-on-the-creation-of-safe-areas');
  });

  it('takes no lower-case agreement for a named document', async () => {
    const x = await extract('Russia and Turkey reached an agreement on safe areas.', { published: '2017-05-04' });
    expect(x.entities.filter((e) => e.type === 'Document')).toEqual([]);
  });
});

describe('an office of a state that names no holder', () => {
  it.each([
    [
      'by its state and posting',
      'The US ambassador to Kazakhstan attended the Astana talks.',
      'us-ambassador-to-kazakhstan',
    ],
    [
      'by the office it serves',
      'A special representative of the Turkish president will participate in the Astana talks.',
      'special-representative-of-the-turkish-president',
    ],
  ])('is a person of its own, named %s', async (_name, text, id) => {
    expect(await statedFacts(text, '2017-03-13')).toContain(`${id} ATTENDS astana-talks-3`);
  });

  it('is the person named right after it', async () => {
    const x = await extract('The US ambassador to Kazakhstan George Krol attended the Astana talks.', {
      published: '2017-03-13',
    });
    expect(x.entities.map((e) => e.id)).not.toContain('us-ambassador-to-kazakhstan');
  });
});

describe('the government without a state word', () => {
  it("is Syria's in a report that has named Syria", async () => {
    const facts = await statedFacts(
      'Syria sent a delegation to Astana. Both the Government and the armed opposition groups sat down at the same table.',
      '2017-01-23',
    );
    expect(facts).toContain('syria MEETS syrian-rebel-groups');
  });

  it('is no one in a report that never names Syria', async () => {
    const x = await extract('Kazakhstan hosted the talks. The Government said the talks went well.', {
      published: '2017-01-23',
    });
    expect(x.entities.map((e) => e.id)).not.toContain('syria');
  });
});

describe('an office an aide serves', () => {
  it('names no holder of its own: the aide is the one in the sentence', async () => {
    const x = await extract(
      "Lavrentiev met Senior Assistant to Iran's Foreign Minister for Political Affairs Hossein Jaberi Ansari in Astana.",
      { published: '2018-05-14' },
    );
    expect(x.entities.map((e) => e.id)).not.toContain('mohammad-javad-zarif');
    expect(x.relations.filter((r) => r.source === 'mohammad-javad-zarif')).toEqual([]);
  });

  it('still names the minister the text calls by the office alone', async () => {
    const x = await extract("Iran's Foreign Minister arrived in Sochi on Monday.", { published: '2018-01-29' });
    expect(x.entities.map((e) => e.id)).toContain('mohammad-javad-zarif');
  });
});
