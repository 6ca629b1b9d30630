/** "So is Iran": what the sentence before said of its actors, said of others. */
import { ACTOR } from './argument-types.ts';
import type { Found } from './found.ts';
import type { Reading } from './reading.ts';
import { ACCORDING } from './speaker.ts';

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
