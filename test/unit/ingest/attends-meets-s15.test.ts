// Unit tests for the session-15 rules on attending and meeting: gapped and misplaced "by" agents of
// "represented" and "headed", meetings "involving" their participants, being "at" a meeting, a single
// representative at a meeting, "exchanged views" and phoning as meeting, technical meetings beside a
// round, and acts only wished for ("urged X to attend"), which report no attending. Made-up sentences about the
// entities of seed/lexicon.yaml. Real CoreNLP parser, one warm process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statedFacts } from './stated-facts.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const OPENED = 'The Astana talks on Syria opened on Monday.';
const stated = (text: string) => statedFacts(`${OPENED} ${text}`, '2017-01-24');

describe('gapped agents of representing and heading', () => {
  it('reads the agent the parser hangs on the meeting as the verb’s own', async () => {
    const facts = await stated('Turkey was represented at the talks by Deputy Foreign Minister Sedat Onal.');
    expect(facts).toContain('sedat-onal REPRESENTS turkey');
    expect(facts).toContain('sedat-onal ATTENDS astana-talks-1');
  });

  it('gives each gapped delegation its head', async () => {
    const facts = await stated(
      'At the talks, the Russian delegation was headed by Alexander Lavrentiev, the Turkish delegation by Sedat Onal and the Iranian delegation by Hossein Jaberi Ansari.',
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        'alexander-lavrentiev REPRESENTS russia',
        'sedat-onal REPRESENTS turkey',
        'hossein-jaberi-ansari REPRESENTS iran',
        'sedat-onal ATTENDS astana-talks-1',
        'iran ATTENDS astana-talks-1',
      ]),
    );
    expect(facts).not.toContain('sedat-onal REPRESENTS russia');
  });

  it('gives a side after a dash its own agent, not the verb’s subject', async () => {
    const facts = await stated(
      'Russia was represented at the Astana talks by Alexander Lavrentiev, Turkey - by Sedat Onal.',
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        'alexander-lavrentiev REPRESENTS russia',
        'sedat-onal REPRESENTS turkey',
        'turkey ATTENDS astana-talks-1',
      ]),
    );
    expect(facts).not.toContain('sedat-onal REPRESENTS russia');
  });

  it('keeps a delegation’s own "of" state with its head', async () => {
    expect(await stated('The delegation of Turkey was headed by Sedat Onal.')).toContain(
      'sedat-onal REPRESENTS turkey',
    );
  });
});

describe('meetings involving their participants', () => {
  it('reads whom talks involve as taking part (participle on the venue)', async () => {
    const facts = await stated('Talks in Astana involving Russia, Iran and Turkey ended on Tuesday.');
    expect(facts).toEqual(
      expect.arrayContaining([
        'russia ATTENDS astana-talks-1',
        'iran ATTENDS astana-talks-1',
        'turkey ATTENDS astana-talks-1',
      ]),
    );
  });

  it('reads nothing of a deal involving someone', async () => {
    expect(await stated('A deal involving Russia and Turkey was signed.')).not.toContain(
      'russia ATTENDS astana-talks-1',
    );
  });
});

describe('exchanging views', () => {
  it('makes those who exchange views among themselves meet', async () => {
    expect(await stated('Lavrov and Zarif exchanged views on Syria.')).toContain(
      'sergey-lavrov MEETS mohammad-javad-zarif',
    );
  });

  it('makes who exchanges opinions with someone meet them', async () => {
    expect(await stated('Lavrov exchanged opinions with Zarif on the talks.')).toContain(
      'sergey-lavrov MEETS mohammad-javad-zarif',
    );
  });

  it('reads no meeting into an exchange of prisoners', async () => {
    expect(await stated('Russia and Turkey exchanged prisoners.')).not.toContain('russia MEETS turkey');
  });
});

describe('attending only wished for', () => {
  it.each([
    [
      'urged to attend',
      'The UN urged the opposition to attend the Geneva talks.',
      'syrian-opposition ATTENDS geneva-talks',
    ],
    [
      'invited to attend',
      'The United States was invited to attend the talks as an observer.',
      'united-states ATTENDS astana-talks-1',
    ],
    [
      'urged to take part in the meeting in focus',
      'Lavrov urged Zarif to take part.',
      'mohammad-javad-zarif ATTENDS astana-talks-1',
    ],
  ])('%s reports no attending', async (_name, sentence, triple) => {
    expect(await stated(sentence)).not.toContain(triple);
  });

  it('still reports the invitation', async () => {
    expect(await stated('Russia invited the United States to attend the talks.')).toContain(
      'russia INVITES united-states',
    );
  });
});

describe('being at a meeting', () => {
  it('reads the subject of "was at the talks" as attending', async () => {
    expect(await stated('The Jordanian delegation was also at the talks.')).toContain('jordan ATTENDS astana-talks-1');
  });

  it('reads no attending into talks with someone', async () => {
    expect(await stated('Russia is in talks with Turkey over Idlib.')).not.toContain('russia ATTENDS astana-talks-1');
  });

  it('reads a single representative at the talks, and whom they represent, as attending', async () => {
    const facts = await stated("Turkey's representative at the talks, Sedat Onal, spoke to reporters.");
    expect(facts).toEqual(
      expect.arrayContaining(['sedat-onal ATTENDS astana-talks-1', 'turkey ATTENDS astana-talks-1']),
    );
  });
});

describe('phoning', () => {
  it('makes caller and called meet', async () => {
    expect(await stated('Zarif phoned Lavrov on Tuesday.')).toContain('mohammad-javad-zarif MEETS sergey-lavrov');
  });
});

describe('technical meetings beside a round', () => {
  it('does not take a technical meeting held at the venue for the round', async () => {
    expect(
      await statedFacts(
        'Jordan was present at one of the technical meetings held on February 5 in Astana.',
        '2017-03-13',
      ),
    ).not.toContain('jordan ATTENDS astana-talks-3');
  });

  it('still takes a meeting held at the venue for the round', async () => {
    expect(await statedFacts('Jordan was present at a meeting held in Astana.', '2017-03-14')).toContain(
      'jordan ATTENDS astana-talks-3',
    );
  });
});
