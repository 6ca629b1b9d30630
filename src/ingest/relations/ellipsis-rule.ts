/** "So is Iran": what the sentence before said of its actors, said of others. */
import { ACTOR, GROUP, MEETING } from './argument-types.ts';
import type { Found } from './found.ts';
import type { Reading } from './reading.ts';
import { ACCORDING } from './speaker.ts';
import { DELEGATION } from './word-classes.ts';

/** "So are X", "Neither did X": a sentence that says of others what the one before said. */
export const ELLIPSIS = /^(So|Neither|Nor)\s+(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)\b/i;

/**
 * "Delegations from the three guarantor states are present at the talks. So are representatives
 * from the United Nations and Jordan.": the actors of the elliptic sentence take the relations the
 * sentence before gave its actors (denied after "Neither", "Nor").
 */
export function ellipsisRule(r: Reading, previous: readonly Found[], found: Found[]): void {
  const match = ELLIPSIS.exec(r.sentence.text);
  if (!match) return;
  // The parser reads "So did Jordan" in several ways; the actors are those named before any "according to".
  const source = ACCORDING.exec(r.sentence.text);
  const end = r.sentence.start + (source?.index ?? r.sentence.text.length);
  const actors = r.mentions.filter((m) => ACTOR.includes(m.type) && !m.demonym && m.end <= end);
  const denied = !/^so$/i.test(match[1]!);
  const said = previous.filter((f) => ACTOR.includes(f.source.type) && !f.inferred && f.rule !== 'title');
  for (const a of actors)
    for (const f of said)
      if (a.entityId !== f.target.entityId)
        found.push({ source: a, type: f.type, target: f.target, rule: 'ellipsis', negated: denied || f.negated });
}

/** Verbs whose passive agent speaks for the subject: "Turkey was represented by", "the delegation was headed by". */
const SPOKEN_FOR = new Set(['represent', 'head', 'lead', 'chair']);

/**
 * "Russia was represented at the talks by Lavrentiev, Turkey by Onal", "the Russian delegation was
 * headed by Lavrentiev, the Turkish delegation by Onal": after a passive of representing or heading,
 * each further side with a "by" agent and no verb of its own takes the same verb (the parser hangs
 * the gapped pair on the first agent); the agent the parser hangs on the meeting ("represented at the
 * talks by Onal") is the verb's own. The agent represents the side, and both attend the meeting the
 * verb names.
 */
export function gappedAgentRule(r: Reading, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (!SPOKEN_FOR.has(r.lemma(v)) || r.child(v, 'nsubj:pass').length === 0 || r.hypothetical(v)) continue;
    const obliques = ['obl:at', 'obl:in', 'obl:during', 'obl:to', 'obl:for'].flatMap((c) => r.child(v, c));
    const meetings = obliques.flatMap((i) => r.entities(i, MEETING));
    const negated = r.negated(v);
    const subjects = r.child(v, 'nsubj:pass');
    const agents = [...r.child(v, 'obl:agent'), ...obliques.flatMap((o) => r.child(o, 'nmod:by'))];
    const sides = new Map(agents.map((a) => [a, gappedSide(r, v, a)]));
    const pairs: [number, number][] = [
      ...agents.flatMap((a) =>
        (sides.get(a) !== undefined ? [sides.get(a)!] : subjects).map((s): [number, number] => [s, a]),
      ),
      ...gapped(r, v),
    ];
    for (const [side, agent] of pairs) {
      // "the Turkish delegation by Onal": a delegation speaks for its state; a side named stands for itself.
      const groups = r.entities(side, GROUP);
      const people = r.entities(agent, ['Person']);
      for (const p of people)
        for (const g of groups) found.push({ source: p, type: 'REPRESENTS', target: g, rule: 'gapped-agent', negated });
      const represented = r.lemma(v) === 'represent' || DELEGATION.test(r.word(side));
      for (const a of [...people, ...(represented ? groups : [])])
        for (const m of meetings) found.push({ source: a, type: 'ATTENDS', target: m, rule: 'gapped-agent', negated });
    }
  }
}

/**
 * "Russia was represented by Lavrentiev, Turkey - by Onal": the parser may make the last agent the verb's
 * and the side before it an apposition; the side named after verb `v` just before "by" (a dash or comma
 * between) is the agent's.
 */
export function gappedSide(r: Reading, v: number, agent: number): number | undefined {
  let k = Math.min(agent, ...r.child(agent, 'case')) - 1;
  if (!/^by$/i.test(r.word(k + 1))) return undefined;
  while (k > v && /^[-\u2014\u2013,]$/.test(r.word(k))) k--;
  return k > v && !r.child(v, 'nsubj:pass').includes(k) && r.entities(k, GROUP).length > 0 ? k : undefined;
}

/** The sides after verb `v` that carry a "by" agent and no verb of their own: the gapped pairs. */
function gapped(r: Reading, v: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let n = v + 1; n <= r.parse.tokens.length; n++) {
    if (r.entities(n, GROUP).length === 0) continue;
    if (r.in[n]!.some((d) => /^(?:nsubj|obj|iobj)/.test(d.rel))) continue;
    for (const a of r.child(n, 'nmod:by')) pairs.push([n, a]);
  }
  return pairs;
}
