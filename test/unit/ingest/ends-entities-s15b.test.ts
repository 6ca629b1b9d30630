// Unit tests for the session-15 (second pass) relation ends: a round named by its series' place and
// number, as the Russian press writes it ("Astana-4", "Geneva-8"), and Assad's stepping down in words
// after his name ("that Assad leave power"), the de-escalation zone of one place, and "the next Astana meeting". Made-up sentences about the
// entities of seed/lexicon.yaml. Real CoreNLP parser, one warm process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/extract.ts';
import { statedFacts } from './stated-facts.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const ids = async (text: string) => (await extract(text, { published: '2017-05-04' })).entities.map((e) => e.id);

describe('a round named by its place and number', () => {
  it('reads "Astana-4" as the fourth round of the Astana talks', async () => {
    const facts = await statedFacts('Iran attended the meeting of "Astana-4" as a guarantor.', '2017-05-04');
    expect(facts).toContain('iran ATTENDS astana-talks-4');
  });

  it('reads a Geneva round the same way, and keeps the city named alone a place', async () => {
    const found = await ids('The delegations arrived in Geneva for Geneva-8.');
    expect(found).toContain('geneva-talks-8');
    expect(found).toContain('geneva');
  });

  it('makes no round of a place that hosts no series of talks', async () => {
    const found = await ids('Russia hosted Sochi-2 in March.');
    expect(found.filter((id) => /-\d+$/.test(id))).toEqual([]);
  });
});

describe('Assad stepping down, in words after his name', () => {
  it('finds the position in a demand that he leave power or be excluded', async () => {
    expect(await ids('The opposition repeated its demand that President Assad leave power.')).toContain(
      'assad-steps-down',
    );
    expect(
      await ids('The delegates insisted that Bashar al-Assad be excluded from any transitional government.'),
    ).toContain('assad-steps-down');
  });

  it('finds none where the sentence does not name him', async () => {
    expect(await ids('The rebels refused to leave power in the towns they hold.')).not.toContain('assad-steps-down');
  });
});

describe('the de-escalation zone of one place', () => {
  it('is a position of its own beside the zones as a whole', async () => {
    const found = await ids(
      'Turkey presented its plan for the de-escalation zone in rebel-held Idlib province. Russia backs the de-escalation zones.',
    );
    expect(found).toContain('de-escalation-zone-in-idlib');
    expect(found).toContain('de-escalation-zones');
  });

  it('takes no place the zone is not said to be in', async () => {
    const found = await ids('The de-escalation zones were discussed in Astana.');
    expect(found).not.toContain('de-escalation-zone-in-astana');
    expect(found).toContain('de-escalation-zones');
  });
});

describe('the next meeting named by its series’ place', () => {
  it('is the series’ next dated round when no round is in focus', async () => {
    const facts = await statedFacts(
      'Russia and Iran confirmed their participation in the next Astana meeting on the Syrian crisis.',
      '2017-03-13',
    );
    expect(facts).toContain('russia ATTENDS astana-talks-3');
  });
});
