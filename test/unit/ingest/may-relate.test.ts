// Unit tests for mayRelate (src/ingest/relations.ts): which sentences are worth the parser's time.
// Pure: no parser is started.
import { describe, expect, it } from 'vitest';
import { resolveCoreference } from '../../../src/ingest/coreference.ts';
import { buildGazetteer, findMentions } from '../../../src/ingest/entities.ts';
import { defaultLexicon } from '../../../src/ingest/lexicon.ts';
import { mayRelate } from '../../../src/ingest/relations.ts';
import { splitSentences } from '../../../src/ingest/sentences.ts';

const gaz = buildGazetteer(defaultLexicon());

function worthParsing(text: string): boolean[] {
  const sentences = splitSentences(text);
  const mentions = resolveCoreference(sentences, findMentions(sentences, text, gaz), {
    gazetteer: gaz,
    published: '2018-01-28',
  });
  return sentences.map((s) => mayRelate(s, mentions));
}

describe('mayRelate', () => {
  it('skips a sentence that names no one, or one actor and no meeting word', () => {
    expect(worthParsing('The weather was cold. Russia sent food.')).toEqual([false, false]);
  });

  it('parses a sentence with two mentions, or one and a word that takes the meeting in focus', () => {
    // "The SNC will not attend" relates the SNC to the Sochi congress of the sentence before.
    expect(worthParsing('Russia hosts the Sochi congress. The SNC will not attend.')).toEqual([true, true]);
    // One mention, but its name has parts: the talks are held in Vienna and organized by the UN.
    expect(worthParsing('Delegates gathered for the UN talks in Vienna.')).toEqual([true]);
  });
});
