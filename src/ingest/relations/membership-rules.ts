/** Membership: "X belongs to G", "X is part of G", "X, a faction within G", "X, the last rebel faction", "X joined G". */
import type { Mention } from '../types.ts';
import { ACTOR, type Types } from './argument-types.ts';
import type { Found } from './found.ts';
import type { Reading } from './reading.ts';

/** What a member is called: "a faction within", "the largest bloc in", "part of", "a component of". */
const PART_NOUNS = new Set(['part', 'faction', 'bloc', 'component', 'constituent', 'group']);
/** What one can be a member of. */
const BODY: Types = ['Organization', 'ArmedGroup'];

/**
 * Who a noun is said of: the subject of its copula ("X is part of G"), its apposition ("X, a
 * faction of G" either way round), and through "one of" ("X is one of the factions in G").
 */
function holdersOf(r: Reading, n: number): number[] {
  const heads = [n, ...r.in[n]!.filter((d) => d.rel === 'nmod:of' && r.lemma(d.gov) === 'one').map((d) => d.gov)];
  return heads.flatMap((h) => [
    ...r.child(h, 'nsubj'),
    ...r.child(h, 'appos'),
    ...r.in[h]!.filter((d) => d.rel === 'appos').map((d) => d.gov),
  ]);
}

/**
 * "Jaish al-Islam, the last rebel faction in Eastern Ghouta", "the HNC - the largest bloc in the
 * opposition", "the YPG is part of the SDF": a part noun makes its holder a member of the body it
 * is in (its "of", "in" or "within"), or else of the body its own modifier names ("rebel faction").
 */
export function partRules(r: Reading, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    if (!PART_NOUNS.has(r.lemma(n)) || r.mentionAt[n]) continue;
    const within = ['nmod:of', 'nmod:in', 'nmod:within']
      .flatMap((c) => r.child(n, c))
      .flatMap((i) => r.entities(i, BODY));
    // A whole named ("part of the SDF") says no more; "group" alone is anyone's word for a body.
    const named =
      r.lemma(n) === 'part' || r.lemma(n) === 'group'
        ? []
        : [...r.child(n, 'compound'), ...r.child(n, 'amod')]
            .map((i) => r.mentionAt[i])
            .filter((m): m is Mention => !!m && BODY.includes(m.type));
    const bodies = within.length > 0 ? within : named;
    for (const member of holdersOf(r, n).flatMap((i) => r.entities(i, ACTOR)))
      for (const body of bodies)
        if (member.entityId !== body.entityId)
          found.push({ source: member, type: 'MEMBER_OF', target: body, rule: 'membership', negated: r.negated(n) });
  }
}

/**
 * "Jaish al-Islam belongs to the SNC", "the group joined the Syrian National Coalition": the verbs
 * of membership (joining a meeting is attending it, and "joined Iran in condemning" is no membership).
 */
export function belongingRules(r: Reading, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    const lemma = r.lemma(v);
    const bodies =
      lemma === 'belong'
        ? r.child(v, 'obl:to')
        : lemma === 'join' && r.children(v, 'advcl').length === 0 && r.child(v, 'obl:in').length === 0
          ? r.child(v, 'obj')
          : [];
    if (bodies.length === 0 || r.hypothetical(v)) continue;
    for (const member of [...r.child(v, 'nsubj'), ...r.child(v, 'nsubj:xsubj')].flatMap((i) => r.entities(i, ACTOR)))
      for (const body of bodies.flatMap((i) => r.entities(i, BODY)))
        if (member.entityId !== body.entityId)
          found.push({ source: member, type: 'MEMBER_OF', target: body, rule: 'membership', negated: r.negated(v) });
  }
}
