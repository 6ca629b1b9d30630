/**
 * Talks a report names before it says which: "Iranian delegation in Astana to attend Syria Talks",
 * "Syrian opposition picks head of unified delegation for peace talks". A headline or lead often
 * calls the meeting it reports only "talks", and names it (a round, the talks in Geneva) in the
 * next lines. Such talks, before any meeting is named, are the first meeting of the talks' kind
 * the report names within a few sentences. Talks set apart ("new talks", "a round of talks", "talks
 * in Geneva" where the meeting named is elsewhere) are left alone.
 */
import type { Gazetteer } from './entities.ts';
import { pronoun } from './pronoun.ts';
import type { Mention, Sentence } from './types.ts';

/** How many sentences ahead the report may name the talks its opening lines mention. */
const AHEAD = 3;

/** The head of talks: "talks", "negotiations". */
const HEAD = /\b(?:talks|negotiations)\b/giu;
/** Words that describe the talks without setting them apart: "peace", "international", "UN-backed". */
const QUALIFIER =
  /^(?:the|peace|international|political|direct|indirect|intra-syrian|high-level|ceasefire|[\p{L}.]+-(?:led|backed|brokered|sponsored|hosted|mediated))$/iu;
/** What before the words makes them other talks: "a", "new", "a round of", "ahead of". */
const SET_APART =
  /\b(?:a|an|of|new|next|another|fresh|previous|last|separate|parallel|future|possible|more|further)\s+$/i;
/** "talks on Syria": the topic after them. */
const TOPIC_AFTER = /^\s+on\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:crisis|conflict|war|settlement))?/u;

function isTalks(id: string, gaz: Gazetteer): boolean {
  const known = gaz.entities.get(id);
  if (known?.type !== 'Meeting') return false;
  const series = known.lexicon?.series ? gaz.entities.get(gaz.idOf(known.lexicon.series)) : undefined;
  return (known.lexicon?.kind ?? series?.lexicon?.kind) === 'talks';
}

/**
 * Mentions of the talks that sentences before the report's first named meeting describe; the
 * states inside ("Syria Talks") are their topic and are dropped from `mentions`.
 */
export function forwardTalks(sentences: readonly Sentence[], mentions: Mention[], gaz: Gazetteer): Mention[] {
  const first = mentions.find((m) => m.type === 'Meeting' && !m.aside);
  if (!first || !isTalks(first.entityId, gaz)) return mentions;
  const added: Mention[] = [];
  const topics = new Set<Mention>();
  for (const sentence of sentences) {
    if (sentence.index >= first.sentence) break;
    if (first.sentence - sentence.index > AHEAD) continue;
    const own = mentions.filter((m) => m.sentence === sentence.index);
    for (const h of sentence.text.matchAll(HEAD)) {
      // Walk back over the words that describe the talks; a state named there is their topic.
      let from = h.index;
      for (let n = 0; n < 3; n++) {
        const word = /(\S+)\s+$/u.exec(sentence.text.slice(0, from));
        if (!word) break;
        const at = sentence.start + word.index;
        const state = own.find((x) => x.type === 'State' && x.start === at);
        if (!state && !QUALIFIER.test(word[1]!)) break;
        from = word.index;
        if (/^the$/i.test(word[1]!)) break;
      }
      const before = sentence.text.slice(0, from);
      if (SET_APART.test(before)) continue;
      const topic = TOPIC_AFTER.exec(sentence.text.slice(h.index + h[0].length));
      const start = sentence.start + from;
      const end = sentence.start + h.index + h[0].length + (topic?.[0].length ?? 0);
      // Only a state as the talks' topic may sit inside; a place or a body makes them talks of their own.
      const within = own.filter((x) => x.start < end && start < x.end);
      if (within.some((x) => x.type !== 'State' || x.start < start || x.end > end)) continue;
      // "talks in Geneva", "talks with the opposition": talks the words tell apart.
      if (/^\s+(?:in|at|between|with)\b/i.test(sentence.text.slice(end - sentence.start))) continue;
      within.forEach((x) => topics.add(x));
      added.push(pronoun(sentence, start, sentence.text.slice(from, end - sentence.start), first.entityId, 'Meeting'));
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !topics.has(m)), ...added].sort((a, b) => a.start - b.start);
}
