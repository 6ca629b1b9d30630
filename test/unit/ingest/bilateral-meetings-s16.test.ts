// Unit tests for meetings named by their participants (src/ingest/participant-meetings.ts): a meeting
// the clause is about, named by the people who met and held somewhere, is a meeting of its own that
// they attend, and so is one named by whose it is ("the meeting of the SNC and the Moscow group in
// Riyadh"); one told in passing, or talks between sides, stays a MEETS. And an entourage at a
// meeting attends it. Made-up sentences about the entities of seed/lexicon.yaml. Real CoreNLP
// parser, one warm process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/extract.ts';
import { statedFacts } from './stated-facts.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

/** A Sunday. */
const PUBLISHED = '2018-01-28';
const meetings = async (text: string) =>
  (await extract(text, { published: PUBLISHED })).entities.filter((e) => e.type === 'Meeting').map((e) => e.id);

describe('a meeting named by its participants', () => {
  it('is a meeting of its own, named by them and the day, that they attend, at the building named', async () => {
    const text = 'The two-hour meeting between Lavrov and Zarif at the Hyatt Hotel ended without a statement.';
    const meeting = 'lavrov-zarif-meeting-2018-01-28';
    expect(await meetings(text)).toContain(meeting);
    expect(await statedFacts(text, PUBLISHED)).toEqual(
      expect.arrayContaining([
        `sergey-lavrov ATTENDS ${meeting}`,
        `mohammad-javad-zarif ATTENDS ${meeting}`,
        'sergey-lavrov MEETS mohammad-javad-zarif',
        `${meeting} HELD_IN hyatt-hotel`,
      ]),
    );
  });

  it('takes the day the sentence gives and a place named after the people', async () => {
    // A report of Sunday 28 January: the Monday the meeting was held is the 22nd.
    const text = 'The meeting among Lavrov and Cavusoglu in Moscow on Monday focused on Idlib.';
    const meeting = 'lavrov-cavusoglu-meeting-2018-01-22';
    expect(await meetings(text)).toContain(meeting);
    expect(await statedFacts(text, PUBLISHED)).toEqual(
      expect.arrayContaining([`mevlut-cavusoglu ATTENDS ${meeting}`, `${meeting} HELD_IN moscow`]),
    );
  });

  it('counts the owner of "his meeting with" among them', async () => {
    const text = "Lavrov's meeting with Zarif in Moscow lasted three hours.";
    const meeting = 'lavrov-zarif-meeting-2018-01-28';
    expect(await meetings(text)).toContain(meeting);
    expect(await statedFacts(text, PUBLISHED)).toEqual(
      expect.arrayContaining([`sergey-lavrov ATTENDS ${meeting}`, `mohammad-javad-zarif ATTENDS ${meeting}`]),
    );
  });

  it('has the entourage that accompanied one of them during the meeting attend it', async () => {
    const text =
      'The meeting between Lavrov and Zarif in Moscow lasted an hour. Zarif was accompanied by Deputy Foreign Minister Hossein Jaberi Ansari during the meeting.';
    const meeting = 'lavrov-zarif-meeting-2018-01-28';
    expect(await statedFacts(text, PUBLISHED)).toEqual(
      expect.arrayContaining([`hossein-jaberi-ansari ATTENDS ${meeting}`, `mohammad-javad-zarif ATTENDS ${meeting}`]),
    );
  });
});

describe('a meeting named by whose it is', () => {
  it('is a meeting of its own where the sentence says where it is held, which they attend', async () => {
    const text = 'The meeting of the SNC and the Moscow group in Riyadh ended on Monday.';
    const meeting = 'meeting-of-the-snc-and-the-moscow-group-in-riyadh';
    expect(await meetings(text)).toContain(meeting);
    expect(await statedFacts(text, PUBLISHED)).toEqual(
      expect.arrayContaining([
        `syrian-negotiations-commission ATTENDS ${meeting}`,
        `moscow-group ATTENDS ${meeting}`,
        'syrian-negotiations-commission MEETS moscow-group',
        `${meeting} HELD_IN riyadh`,
      ]),
    );
  });

  it('reads the place after "will be held in"', async () => {
    const text = 'A meeting of SNC members will be held in Riyadh on Monday.';
    const [meeting] = (await meetings(text)).filter((id) => id.startsWith('meeting-of-snc'));
    expect(await statedFacts(text, PUBLISHED)).toContain(`${meeting} HELD_IN riyadh`);
  });

  it('is none where no place is given', async () => {
    const text = 'The SNC opposed the meeting of Iran and Turkey.';
    expect((await meetings(text)).filter((id) => id.startsWith('meeting-of'))).toEqual([]);
  });
});

describe('a meeting told in passing, or talks between sides', () => {
  it('is no meeting of its own when a speaker says something in it', async () => {
    const text = 'Zarif said in a meeting with Lavrov in Moscow that Iran supports the Astana talks.';
    expect((await meetings(text)).filter((id) => id.includes('zarif'))).toEqual([]);
    expect(await statedFacts(text, PUBLISHED)).toContain('mohammad-javad-zarif MEETS sergey-lavrov');
  });

  it('is no meeting of its own when it frames an act ("after his meeting with")', async () => {
    const text = 'After his meeting with Zarif in Moscow, Lavrov flew to Ankara.';
    expect((await meetings(text)).filter((id) => id.includes('zarif'))).toEqual([]);
  });

  it('is no meeting of its own between sides that are no people', async () => {
    const text = 'The talks between the Syrian government and the opposition in Geneva resumed on Monday.';
    expect((await meetings(text)).filter((id) => id.endsWith('-meeting-2018-01-29'))).toEqual([]);
    expect(await statedFacts(text, PUBLISHED)).toContain('syria MEETS syrian-opposition');
  });
});
