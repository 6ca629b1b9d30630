// Session 15 rules for organizing, hosting venues and stances, each with sentences written for the
// construction (about the entities of seed/lexicon.yaml), and what each must not read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statedFacts } from './stated-facts.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const stated = (text: string) => statedFacts(text);

const SOCHI = 'syrian-national-dialogue-congress';

describe('organizing, venues and stances (session 15)', () => {
  it.each([
    [
      'participle-focus: bare talks a participle says who convenes are the talks in focus',
      'The Astana talks began on Monday. Delegations arrived in Astana for talks spearheaded by Russia, Turkey, and Iran.',
      'turkey ORGANIZES astana-talks',
    ],
    [
      'participle-focus: brokered talks',
      'The Astana talks began on Monday. The opposition arrived for talks brokered by Russia.',
      'russia MEDIATES astana-talks',
    ],
    [
      'a participle the parser reads as an adjective, its agent on the noun',
      'The Geneva talks sponsored by the United Nations failed.',
      'united-nations ORGANIZES geneva-talks',
    ],
    [
      'host-venue: a place that hosts a meeting is its venue',
      'Sochi will host the Syrian National Dialogue Congress.',
      `${SOCHI} HELD_IN sochi`,
    ],
    [
      'host-venue: in a relative clause',
      'Astana, which will host the next round of the Astana talks, is ready.',
      'astana-talks HELD_IN astana',
    ],
    [
      'role-as: subjects named before "as sponsors of"',
      'Iran, Russia and Turkey, as the sponsors of the Astana talks, met on Monday.',
      'turkey ORGANIZES astana-talks',
    ],
    [
      'role-as: acting as organizer',
      'Russia acts as the organizer of the Sochi congress.',
      `russia ORGANIZES ${SOCHI}`,
    ],
    [
      'noun-role: the meeting named before the role',
      'The Sochi congress organizers, Russia and Turkey, met.',
      `turkey ORGANIZES ${SOCHI}`,
    ],
    [
      'the one accused of undermining talks takes the stance',
      'The opposition accused Russia of undermining the Geneva talks.',
      'russia OPPOSES geneva-talks',
    ],
    [
      'the one accused, passive, through a verb of trying',
      'Russia is accused of seeking to bypass the Geneva talks.',
      'russia OPPOSES geneva-talks',
    ],
    [
      'co-organizers: convening with other states',
      'The Sochi congress, organized by Russia together with Turkey and Iran, opens on Monday.',
      `iran ORGANIZES ${SOCHI}`,
    ],
    [
      'co-organizers: launching with',
      'Russia launched the Astana talks with Turkey and Iran.',
      'turkey ORGANIZES astana-talks',
    ],
    [
      'initiative-of: a demonym',
      'The Sochi congress, a Russian initiative, opens on Monday.',
      `russia ORGANIZES ${SOCHI}`,
    ],
    ['initiative-of: a possessive', "The Sochi congress is Moscow's initiative.", `russia ORGANIZES ${SOCHI}`],
    [
      'a verdict of unacceptable',
      'The SNC said the Sochi congress was unacceptable.',
      `syrian-negotiations-commission OPPOSES ${SOCHI}`,
    ],
    ['a verdict of essential', 'Lavrov said the Astana talks were essential.', 'sergey-lavrov SUPPORTS astana-talks'],
    [
      'backing for convening a meeting is for the meeting',
      'Russia received backing from Turkey and Iran for holding the Sochi congress in Sochi between January 29-30.',
      `iran SUPPORTS ${SOCHI}`,
    ],
    [
      'mediator-title: a mediator who opens a meeting',
      'UN mediator Staffan de Mistura opened the Vienna talks on Thursday.',
      'staffan-de-mistura MEDIATES vienna-talks',
    ],
    [
      'mediator-title: in apposition, inviting to a meeting',
      'Staffan de Mistura, the UN mediator, invited the SNC to the Vienna talks.',
      'staffan-de-mistura MEDIATES vienna-talks',
    ],
  ])('%s: %s', async (_rule, sentence, triple) => {
    expect(await stated(sentence)).toContain(triple);
  });

  it('gives bare talks placed elsewhere no meeting in focus', async () => {
    expect(
      await stated(
        'The Astana talks began on Monday. The opposition met in Riyadh for talks sponsored by Saudi Arabia.',
      ),
    ).not.toContain('saudi-arabia ORGANIZES astana-talks');
  });

  it('makes no co-organizer of a side talks are held with, nor of a body a meeting is organized with', async () => {
    expect(await stated('Russia held the Astana talks with the opposition.')).not.toContain(
      'syrian-opposition ORGANIZES astana-talks',
    );
    expect(await stated('The UN organized the Geneva talks with the SNC.')).not.toContain(
      'syrian-negotiations-commission ORGANIZES geneva-talks',
    );
  });

  it('reads no stance from an act that was prevented', async () => {
    expect(await stated('Russia blocked a UN condemnation of the Syrian government.')).not.toContain(
      'united-nations OPPOSES syria',
    );
  });

  it('makes no mediator of an envoy, nor of a mediator who only attends', async () => {
    expect(await stated('UN envoy Staffan de Mistura opened the Vienna talks on Thursday.')).not.toContain(
      'staffan-de-mistura MEDIATES vienna-talks',
    );
    expect(await stated('UN mediator Staffan de Mistura attended the Sochi congress.')).not.toContain(
      `staffan-de-mistura MEDIATES ${SOCHI}`,
    );
  });

  it('gives the accuser no stance on what the accused is said to do', async () => {
    expect(await stated('The opposition accused Russia of undermining the Geneva talks.')).not.toContain(
      'syrian-opposition OPPOSES geneva-talks',
    );
  });

  it('makes no one named after "as" a sponsor, nor a state that hosts a venue', async () => {
    const facts = await stated(
      'Iran, Russia and Turkey, as the sponsors of the Astana talks, and the Syrian government met on Monday.',
    );
    expect(facts).not.toContain('syria ORGANIZES astana-talks');
    expect(await stated('Russia hosted the Sochi congress.')).not.toContain(`${SOCHI} HELD_IN russia`);
  });
});
