/** A mediator's acts on a meeting: "UN mediator Staffan de Mistura opened the Vienna talks". */
import { MEETING } from './argument-types.ts';
import type { Found } from './found.ts';
import type { Reading } from './reading.ts';

/** The titles that say their holder mediates (MEDIATES needs the word, not only "envoy"). */
const MEDIATOR = new Set(['mediator', 'co-mediator', 'facilitator']);

/** What one who runs a meeting does to it ("attended the congress" is no mediating). */
const RUN = new Set([
  'open',
  'close',
  'invite',
  'convene',
  'host',
  'chair',
  'resume',
  'launch',
  'adjourn',
  'start',
  'end',
  'postpone',
  'suspend',
  'extend',
  'wrap',
]);

/** Where a clause names the meeting its subject acts on: "opened the talks", "invited X to the talks". */
const AT = ['obj', 'obl:to', 'obl:at', 'obl:in', 'obl:for', 'obl:during'];

/**
 * "UN mediator Staffan de Mistura opened the Vienna talks", "de Mistura, the UN mediator, invited the
 * SNC to the talks": a person titled mediator who runs a meeting the clause names mediates it.
 */
export function mediatorRules(r: Reading, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (r.hypothetical(v) || r.negated(v) || !RUN.has(r.lemma(v))) continue;
    const meetings = AT.flatMap((c) => r.child(v, c)).flatMap((i) => r.entities(i, MEETING));
    if (meetings.length === 0) continue;
    for (const s of r.child(v, 'nsubj')) {
      const titled = [...r.child(s, 'compound'), ...r.child(s, 'appos')].some((t) => MEDIATOR.has(r.lemma(t)));
      if (!titled) continue;
      for (const p of r.entities(s, ['Person']))
        for (const m of meetings)
          found.push({ source: p, type: 'MEDIATES', target: m, rule: 'mediator-title', negated: false });
    }
  }
}
