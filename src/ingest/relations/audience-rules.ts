/** Rules on speaking to a body that sits: "de Mistura told the Security Council", "his briefing to the Council". */
import type { Mention } from '../types.ts';
import { ACTOR } from './argument-types.ts';
import type { Found } from './found.ts';
import type { Reading } from './reading.ts';

/** The nouns that name a body which sits and hears those who come before it. */
const SITTING = /\b(?:council|assembly|parliament|senate|duma|majlis)$/i;
/** Telling a sitting body something is appearing before it: "told the Security Council", "briefed the Assembly". */
const TELL = new Set(['tell', 'brief', 'address', 'inform', 'update']);
/**
 * "De Mistura briefed Lavrov", "will brief the leaders of Russia and Turkey", "Putin told Erdogan
 * that ...": briefing a person or a state's leaders, or a person telling another, is meeting them
 * (face to face or by phone); telling a newspaper or a state is only saying.
 */
const BRIEF = new Set(['brief', 'inform']);
/** Taking up an invitation to do something: "accepted (welcomed) an invitation to brief". */
const ACCEPT = new Set(['accept', 'welcome']);
/** "spoke to the Security Council", "reported to the Council". */
const SPEAK_TO = new Set(['report', 'speak', 'talk', 'appeal']);
/** What one gives a sitting body: "his final briefing to the Council", "an address to the Assembly". */
const SPEECHES = new Set(['briefing', 'address', 'speech', 'report', 'statement']);
/** "gave a briefing to", "delivered his address to": the verbs whose subject gives the speech. */
const GIVE_SPEECH = new Set(['give', 'deliver', 'make', 'present']);

/** The sitting bodies phrase `i` names (an organization whose name ends in "Council", "Assembly"). */
function bodies(r: Reading, i: number, names: (m: Mention) => string): Mention[] {
  return r.entities(i, ['Organization']).filter((m) => SITTING.test(m.text) || SITTING.test(names(m)));
}

/**
 * "De Mistura told the Security Council that ...", "briefed the Security Council by video link",
 * "is to give his final briefing to the UN Security Council": who speaks before a body that sits
 * meets it (a UN envoy's briefing is his meeting with the Council).
 */
export function audienceRules(r: Reading, names: (m: Mention) => string, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (r.hypothetical(v) || r.wished(v)) continue;
    const lemma = r.lemma(v);
    const verb = r.isVerb(v);
    const heard = [
      ...(verb && TELL.has(lemma) ? r.child(v, 'obj') : []),
      ...(verb && SPEAK_TO.has(lemma) ? r.child(v, 'obl:to') : []),
    ].flatMap((i) => bodies(r, i, names));
    const speakers = [...r.child(v, 'nsubj'), ...r.child(v, 'nsubj:xsubj')];
    // "gave his briefing to the Council": the speech's owner, or who gives it.
    const speech = !verb && SPEECHES.has(lemma) && !r.mentionAt[v];
    const givers = speech
      ? r.in[v]!.filter((d) => d.rel === 'obj' && GIVE_SPEECH.has(r.lemma(d.gov))).map((d) => d.gov)
      : [];
    if (speech) {
      heard.push(
        ...[v, ...givers]
          .flatMap((i) => r.child(i, i === v ? 'nmod:to' : 'obl:to'))
          .flatMap((i) => bodies(r, i, names)),
      );
      speakers.push(
        ...r.child(v, 'nmod:poss'),
        ...givers.flatMap((g) => [...r.child(g, 'nsubj'), ...r.child(g, 'nsubj:xsubj')]),
      );
    }
    const negated = r.negated(v) || givers.some((g) => r.negated(g));
    if (verb && (BRIEF.has(lemma) || lemma === 'tell')) {
      const told = r.child(v, 'obj').flatMap((i) => r.entities(i, BRIEF.has(lemma) ? ['Person', 'State'] : ['Person']));
      // "De Mistura accepted an invitation to brief ...": the parser may make the invitation the subject.
      const invited = speakers
        .filter((i) => r.lemma(i) === 'invitation')
        .flatMap((i) => r.in[i]!.filter((e) => e.rel === 'obj' && ACCEPT.has(r.lemma(e.gov))))
        .flatMap((e) => r.child(e.gov, 'nsubj'));
      const tellers = [...speakers, ...invited].flatMap((i) => r.entities(i, BRIEF.has(lemma) ? ACTOR : ['Person']));
      for (const s of tellers)
        for (const t of told)
          if (s.entityId !== t.entityId) found.push({ source: s, type: 'MEETS', target: t, rule: 'briefing', negated });
    }
    if (heard.length === 0) continue;
    for (const s of speakers.flatMap((i) => r.entities(i, ACTOR)))
      for (const b of heard)
        if (s.entityId !== b.entityId) found.push({ source: s, type: 'MEETS', target: b, rule: 'audience', negated });
  }
}
