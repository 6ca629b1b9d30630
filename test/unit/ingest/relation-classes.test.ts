// Unit tests for src/ingest/relations/ by class of construction rather than by report: each
// class (attending, boycotting, hosting, meeting, fighting, stances) in the several ways news
// says it, with made-up sentences about the entities of seed/lexicon.yaml, so that a rule covers
// the class, not the one sentence it was first seen in. Real CoreNLP parser, one warm process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/extract.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

async function stated(text: string): Promise<string[]> {
  return (await extract(text, { published: '2018-01-28' })).relations
    .filter((r) => r.basis === 'stated' && !r.negated)
    .map((r) => `${r.source} ${r.type} ${r.target}`);
}

const SNC = 'syrian-negotiations-commission';
const SOCHI = 'syrian-national-dialogue-congress';

describe('relation classes', () => {
  it.each([
    ['refraining from attending', 'The SNC refrained from attending the Sochi congress.', `${SNC} BOYCOTTS ${SOCHI}`],
    ['abstaining from', 'The SNC abstained from the Sochi congress.', `${SNC} BOYCOTTS ${SOCHI}`],
    ['staying away from', 'The SNC stayed away from the Sochi congress.', `${SNC} BOYCOTTS ${SOCHI}`],
    [
      'gathering for',
      'Delegates from Iran, Russia and Turkey gathered in Astana for the Astana talks.',
      'iran ATTENDS astana-talks',
    ],
    [
      'among those attending',
      'Iran and Russia are among the countries attending the Astana talks.',
      'russia ATTENDS astana-talks',
    ],
    ['addressing a meeting', 'Lavrov addressed the Sochi congress.', `sergey-lavrov ATTENDS ${SOCHI}`],
    ['speaking at a meeting', 'Lavrov spoke at the Sochi congress.', `sergey-lavrov ATTENDS ${SOCHI}`],
    [
      'co-sponsoring (tagged an adjective)',
      'Iran and Turkey are co-sponsoring the Astana talks.',
      'iran ORGANIZES astana-talks',
    ],
    ['hosting a person', 'Lavrov hosted Zarif in Moscow.', 'sergey-lavrov MEETS mohammad-javad-zarif'],
    ['speaking by phone', 'Lavrov and Zarif spoke by phone.', 'sergey-lavrov MEETS mohammad-javad-zarif'],
    ['clashing with', 'Turkish troops clashed with the YPG in Afrin.', 'turkey FIGHTS ypg'],
    ['fighting against', 'Turkey is fighting against the YPG in Afrin.', 'turkey FIGHTS ypg'],
    ['welcoming the outcome', 'Iran welcomed the outcome of the Astana talks.', 'iran SUPPORTS astana-talks'],
    [
      'heading a state delegation',
      'Jaafari, the head of the Syrian government delegation, arrived in Astana.',
      'bashar-al-jaafari REPRESENTS syria',
    ],
    [
      'joining after a comma',
      'Lavrov arrived in Sochi on Monday, joining the Sochi congress.',
      `sergey-lavrov ATTENDS ${SOCHI}`,
    ],
    [
      'agents past a relative clause',
      'The Astana talks have been brokered by Turkey, which backs the opposition, and Russia and Iran.',
      'russia MEDIATES astana-talks',
    ],
  ])('%s: %s', async (_class, sentence, triple) => {
    expect(await stated(sentence)).toContain(triple);
  });

  it('denies what one refrains from doing other than attending', async () => {
    expect(await stated('The SNC refrained from criticizing the Sochi congress.')).not.toContain(
      `${SNC} OPPOSES ${SOCHI}`,
    );
  });

  it('denies what neither of two subjects did', async () => {
    const found = (
      await extract('Neither the SNC nor the Kurds attended the Sochi congress.', { published: '2018-01-28' })
    ).relations
      .filter((r) => r.type === 'ATTENDS')
      .map((r) => [r.source, r.negated]);
    expect(found).toEqual([
      [SNC, true],
      ['kurdish-forces', true],
    ]);
  });

  it('meets no one among speakers at a meeting, only by phone', async () => {
    expect(await stated('Lavrov and Zarif spoke at the Sochi congress.')).not.toContain(
      'sergey-lavrov MEETS mohammad-javad-zarif',
    );
  });
});

describe('titles, memberships, venues, alliances, boycotts and mediators', () => {
  it('reads a list of offices as offices, not one office holding the next', async () => {
    expect(
      await stated(
        'Lavrov said the presence of the UN special envoy for Syria, the US ambassador to Kazakhstan and delegates of Iran helped the talks.',
      ),
    ).not.toContain('nikki-haley REPRESENTS united-nations');
  });
});
