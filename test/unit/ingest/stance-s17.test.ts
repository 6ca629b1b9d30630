// Session 17: positions and documents named once by the noun phrase a stance takes sides on
// (src/ingest/position-phrases.ts), with dev sentences and sentences written for the construction
// (other words, voices, lists, denial), and near-misses that must give no position.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/extract.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

/** The stances read, as "source TYPE target-name" (denied ones marked), and the new entities' names. */
async function read(text: string): Promise<{ stances: string[]; named: string[] }> {
  const x = await extract(text, { published: '2018-01-28' });
  const name = (id: string): string => x.entities.find((e) => e.id === id)?.name ?? id;
  const phrased = x.entities.filter((e) => e.type === 'Position' || e.type === 'Document');
  return {
    stances: x.relations
      .filter((r) => r.basis === 'stated' && ['SUPPORTS', 'OPPOSES', 'DEMANDS'].includes(r.type))
      .map((r) => `${r.source} ${r.type}${r.negated ? ' (denied)' : ''} ${name(r.target)}`),
    named: phrased.map((e) => e.name),
  };
}

describe('positions named by a phrase a stance takes sides on', () => {
  it.each([
    [
      'an object the parser splits from its infinitive (dev-4)',
      'Russia, which has welcomed the Saudi efforts to unify the opposition, is also hosting a meeting.',
      ['russia SUPPORTS Saudi efforts to unify the opposition'],
    ],
    [
      'another verb and object',
      'Turkey endorsed the Iranian plan for local councils in the north.',
      ['turkey SUPPORTS Iranian plan for local councils in the north'],
    ],
    [
      'a list inside the phrase and an aside after it (dev-4)',
      'The opposition rejects the participation of Turkey, Russia and Iran in the force, especially Tehran.',
      ['syrian-opposition OPPOSES participation of Turkey, Russia and Iran in the force'],
    ],
    [
      'the passive, with a list of agents',
      'A buffer zone along the border was rejected by Turkey and Iran.',
      ['turkey OPPOSES buffer zone along the border', 'iran OPPOSES buffer zone along the border'],
    ],
    [
      'a participle of demand after the noun, and a list of subjects (dev-4)',
      "Russia, Syria reject 'big conditions' demanded by rebels",
      ['russia OPPOSES big conditions', 'syria OPPOSES big conditions', 'syrian-rebel-groups DEMANDS big conditions'],
    ],
    [
      'blocked, in the passive (dev-5)',
      'The Kurdish Democratic Union Party (PYD) did not participate in the forum; its participation was blocked by Turkey.',
      ['turkey OPPOSES its participation'],
    ],
    [
      'agreeing to something (dev-4)',
      'Other rebels have all agreed to evacuation from the region.',
      ['syrian-rebel-groups SUPPORTS evacuation from the region'],
    ],
    [
      'a call for something',
      'The Syrian Negotiations Commission called for international guarantees for the safety of returning refugees.',
      ['syrian-negotiations-commission DEMANDS international guarantees for the safety of returning refugees'],
    ],
    [
      'a denial',
      'Iran did not support the withdrawal of Kurdish fighters from Manbij.',
      ['iran SUPPORTS (denied) withdrawal of Kurdish fighters from Manbij'],
    ],
  ])('%s', async (_name, sentence, stances) => {
    const { stances: found } = await read(sentence);
    for (const s of stances) expect(found).toContain(s);
  });

  it.each([
    ['an actor as the object', 'Russia welcomed the Turkish delegates warmly.'],
    ['a meeting as the object', 'Lavrov praised the Sochi congress on Tuesday.'],
    ['a pronoun as the object', 'The rebels rejected it on Monday.'],
    ['a bare noun that points back', 'The rebels rejected the proposal on Monday.'],
    ['no stance verb', 'Turkish jets damaged the electricity network of Afrin.'],
    ['no actor holds the stance', 'Many people welcomed the return of electricity to the city.'],
    ['an aim every side claims (dev)', 'Hariri reaffirmed commitment to a political solution that would end the war.'],
    ['a stance owed, not taken (dev-5)', 'The plan on a fourth zone in the south would have to be approved by Jordan.'],
    [
      'the forming of a body, which is the body (dev-5)',
      "Russia tried to overcome Assad's opposition to the formation of a committee.",
    ],
  ])('no position from %s', async (_name, sentence) => {
    const { named } = await read(sentence);
    expect(named).toEqual([]);
  });
});
