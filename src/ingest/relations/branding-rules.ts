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

/** "The YPG is considered a terrorist group by Ankara": the verbs that brand. */
export const BRAND = new Set(['consider', 'designate', 'regard', 'label', 'brand', 'view', 'deem', 'classify', 'list']);

/**
 * "Ankara considers the YPG a terrorist organization", "Turkey views the YPG as a terrorist
 * group": who brands an actor a terrorist opposes it (a capital stands for its state, inferred).
 */
export function brandRule(r: Reading, v: number, gaz: Gazetteer, negated: boolean, found: Found[]): void {
  const terrorist = (i: number): boolean =>
    /^terrorists?$/.test(r.lemma(i)) || r.child(i, 'amod').some((a) => r.lemma(a) === 'terrorist');
  const labels = [...r.child(v, 'obj'), ...r.child(v, 'xcomp'), ...r.child(v, 'obl:as')].filter(terrorist);
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
  const actors = holders.flatMap((i) => r.entities(i, ACTOR));
  const capitals = holders.flatMap((i) => r.entities(i, ['Place'])).flatMap((p) => hostState(p, gaz) ?? []);
  for (const h of [...actors, ...capitals])
    for (const b of branded)
      if (h.entityId !== b.entityId)
        found.push({
          source: h,
          type: 'OPPOSES',
          target: b,
          rule: 'branding',
          negated,
          ...(capitals.includes(h) ? { inferred: true } : {}),
        });
}
