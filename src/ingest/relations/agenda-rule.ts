/** Who settles when, where or on what a meeting sits convenes it: "will determine the agenda of the talks". */
import { ACTOR, MEETING } from './argument-types.ts';
import type { Found } from './found.ts';
import type { Reading } from './reading.ts';

/** Settling a meeting's terms: "determine", "set", "fix", "finalize" (not "agree on", said of those who attend). */
export const SETTLE = new Set(['determine', 'set', 'fix', 'finalize', 'finalise']);
/** The terms of a meeting one convening it settles. */
const TERMS = new Set(['agenda', 'date', 'time', 'timing', 'venue', 'format', 'schedule', 'timetable']);

/**
 * "Iran, Russia and Turkey will determine the agenda and exact time of the upcoming talks", "the date of
 * the congress was set by Moscow": who settles a meeting's agenda, date or venue organizes it.
 */
export function agendaRule(r: Reading, v: number, subjects: number[], objects: number[], found: Found[]): void {
  if (r.wished(v)) return;
  const terms = objects.flatMap((o) => [o, ...r.children(o, 'conj')]).filter((o) => TERMS.has(r.lemma(o)));
  const meetings = terms
    .flatMap((t) => [...r.child(t, 'nmod:of'), ...r.child(t, 'nmod:for')])
    .flatMap((i) => r.entities(i, MEETING));
  const negated = r.negated(v);
  for (const s of subjects.flatMap((i) => r.entities(i, ACTOR)))
    for (const m of meetings) found.push({ source: s, type: 'ORGANIZES', target: m, rule: 'agenda', negated });
}
