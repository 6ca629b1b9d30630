// Unit tests for src/ingest/sentences.ts; sentences modelled on the seed article.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/ingest/sentences.ts';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('returns nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });

  it('splits at a missing space after a full stop', () => {
    expect(texts("favorable to Moscow's ally Bashar al-Assad.The boycott by the SNC followed.")).toEqual([
      "favorable to Moscow's ally Bashar al-Assad.",
      'The boycott by the SNC followed.',
    ]);
  });

  it('keeps abbreviations, initials, acronyms and decimals inside a sentence', () => {
    expect(
      texts('Talks resumed on Jan. 25 in Vienna. Mr. Lavrov met the U.N. envoy. J. Smith said 2.5 million fled.'),
    ).toEqual([
      'Talks resumed on Jan. 25 in Vienna.',
      'Mr. Lavrov met the U.N. envoy.',
      'J. Smith said 2.5 million fled.',
    ]);
  });

  it('ends a sentence after an acronym when a sentence opener follows', () => {
    expect(texts('He blamed the U.S. The talks ended.')).toEqual(['He blamed the U.S.', 'The talks ended.']);
  });

  it('splits after closing quotes but not before a lower-case attribution', () => {
    expect(texts('"We used the meeting". The envoy left. "Why?" he asked.')).toEqual([
      '"We used the meeting".',
      'The envoy left.',
      '"Why?" he asked.',
    ]);
  });

  it('never joins lines and gives offsets into the text', () => {
    const text = 'Title without stop\nFirst one. Second one.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Title without stop', 'First one.', 'Second one.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
