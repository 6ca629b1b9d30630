/** Branding: who calls an actor a terrorist opposes it; a capital that brands or hosts stands for its state. */
import type { Gazetteer } from '../entities.ts';
import type { Mention } from '../types.ts';
import { ACTOR } from './argument-types.ts';
import type { Found } from './found.ts';
import type { Reading } from './reading.ts';

/** "Astana has hosted": a city that hosts stands for its state (the lexicon's country). */
export function hostState(place: Mention, gaz: Gazetteer): Mention | null {
  const country = gaz.entities.get(place.entityId)?.lexicon?.country;
  const id = country ? gaz.idOf(country) : undefined;
  return id ? { ...place, entityId: id, type: 'State', parts: [] } : null;
}

/** "The YPG is considered a terrorist group by Ankara", "the PKK is proscribed as a terror group": the verbs that brand. */
export const BRAND = new Set([
  'consider',
  'designate',
  'regard',
  'label',
  'brand',
  'view',
  'deem',
  'classify',
  'list',
  'proscribe',
  'call',
  'describe',
  'see',
  'treat',
]);

/** "a terrorist group", "a terror organization", "terrorists": a label that brands. */
function terrorist(r: Reading, i: number): boolean {
  return (
    /^terrorists?$/.test(r.lemma(i)) ||
    [...r.child(i, 'amod'), ...r.child(i, 'compound')].some((a) => /^terror(?:ist)?$/.test(r.lemma(a)))
  );
}

/** Who brands, as entities: actors, and a capital as its state (inferred). */
function branders(r: Reading, holders: number[], gaz: Gazetteer): { actors: Mention[]; capitals: Mention[] } {
  return {
    actors: holders.flatMap((i) => r.entities(i, ACTOR)),
    capitals: holders.flatMap((i) => r.entities(i, ['Place'])).flatMap((p) => hostState(p, gaz) ?? []),
  };
}

function pushBranding(
  found: Found[],
  { actors, capitals }: { actors: Mention[]; capitals: Mention[] },
  branded: Mention[],
  rule: 'branding' | 'brand-claim',
  negated: boolean,
): void {
  for (const h of [...actors, ...capitals])
    for (const b of branded)
      if (h.entityId !== b.entityId)
        found.push({
          source: h,
          type: 'OPPOSES',
          target: b,
          rule,
          negated,
          ...(capitals.includes(h) ? { inferred: true } : {}),
        });
}

/**
 * "Ankara considers the YPG a terrorist organization", "Turkey views the YPG as a terrorist
 * group": who brands an actor a terrorist opposes it (a capital stands for its state, inferred).
 */
export function brandRule(r: Reading, v: number, gaz: Gazetteer, negated: boolean, found: Found[]): void {
  const labels = [...r.child(v, 'obj'), ...r.child(v, 'xcomp'), ...r.child(v, 'obl:as')].filter((i) => terrorist(r, i));
  if (labels.length === 0) return;
  const passive = r.child(v, 'nsubj:pass');
  const branded = [
    ...passive,
    ...labels.flatMap((l) => r.child(l, 'nsubj')),
    ...r.child(v, 'obj').filter((o) => !labels.includes(o)),
  ].flatMap((i) => r.entities(i, ACTOR));
  const holders =
    passive.length > 0
      ? [...r.child(v, 'obl:agent'), ...r.child(v, 'obl:by'), ...labels.flatMap((l) => r.child(l, 'nmod:by'))]
      : r.child(v, 'nsubj');
  pushBranding(found, branders(r, holders, gaz), branded, 'branding', negated);
}

/**
 * "Ankara says the YPG is a terrorist offshoot of the PKK", "Turkey insists the PYD is a terror
 * group": who says an actor is a terrorist brands it (the said clause's copula, its subject).
 */
export function brandClaimRule(r: Reading, v: number, gaz: Gazetteer, negated: boolean, found: Found[]): void {
  const claims = r.child(v, 'ccomp').filter((c) => r.child(c, 'cop').length > 0 && terrorist(r, c));
  const branded = claims.flatMap((c) => r.child(c, 'nsubj')).flatMap((i) => r.entities(i, ACTOR));
  // "Damascus denies the SDF is a terrorist group": a denial is a negative report.
  const denied = negated || r.lemma(v) === 'deny' || claims.some((c) => r.negated(c));
  if (branded.length > 0) pushBranding(found, branders(r, r.child(v, 'nsubj'), gaz), branded, 'brand-claim', denied);
}
