// Unit tests for src/ingest/sentence-variants.ts: the simpler sentences the parser also reads, and
// the sentence's mentions placed on them. Pure: no parser is started. Sentences from the dev news
// blocks (test/fixtures/news/dev-2/minanews-7th-round-astana.txt, dev-3/yahoo-afp-astana-next-week.txt).
import { describe, expect, it } from 'vitest';
import { buildGazetteer, findMentions } from '../../../src/ingest/entities.ts';
import { defaultLexicon } from '../../../src/ingest/lexicon.ts';
import { asSentence, mentionsOn, sentenceVariants } from '../../../src/ingest/sentence-variants.ts';
import { splitSentences } from '../../../src/ingest/sentences.ts';

const gaz = buildGazetteer(defaultLexicon());

function variantsOf(text: string) {
  const [sentence] = splitSentences(text);
  const mentions = findMentions([sentence!], text, gaz);
  return { sentence: sentence!, mentions, variants: sentenceVariants(sentence!, mentions) };
}

const BROKERED =
  'The talks, which will focus on strengthening the cease-fire, have been brokered by Turkey, which backs the opposition, and Russia and Iran, who support Bashar al-Assad’s regime, AA reported.';

describe('sentenceVariants', () => {
  it('gives none for a sentence without an aside', () => {
    expect(variantsOf('Russia and Turkey brokered the talks in Astana.').variants).toEqual([]);
  });

  it('cuts the relative clauses, and reads each one with its names as subject and the speaker kept', () => {
    expect(variantsOf(BROKERED).variants.map((v) => v.text)).toEqual([
      'The talks have been brokered by Turkey and Russia and Iran, AA reported.',
      'Turkey backs the opposition, AA reported.',
      'Russia and Iran support Bashar al-Assad’s regime, AA reported.',
    ]);
  });

  it('reads no clause where the name is its object or the verb does not agree with one name', () => {
    const object = variantsOf('The opposition rejects the role of Iran, which it sees as a party to the war.');
    expect(object.variants.map((v) => v.text)).toEqual(['The opposition rejects the role of Iran.']);
    const plural = variantsOf('The rebels set out conditions in talks with Russia, which were rejected by Syria.');
    expect(plural.variants.map((v) => v.text)).toEqual(['The rebels set out conditions in talks with Russia.']);
  });

  it('cuts who leads a delegation, a dashed aside and a bracketed one, but not an acronym', () => {
    expect(
      variantsOf('The Iranian delegation, headed by Deputy Foreign Minister Hossein Jaberi Ansari, arrived in Astana.')
        .variants[0]!.text,
    ).toBe('The Iranian delegation arrived in Astana.');
    expect(variantsOf('Russia - which hosts the congress - invited Turkey.').variants[0]!.text).toBe(
      'Russia invited Turkey.',
    );
    expect(variantsOf('Russia (which hosts the congress) invited Turkey (TR).').variants[0]!.text).toBe(
      'Russia invited Turkey (TR).',
    );
  });
});

describe('mentionsOn', () => {
  it('places the mentions a variant keeps on its text, and leaves out those of the cut aside', () => {
    const { sentence, mentions, variants } = variantsOf(BROKERED);
    const [cut, clause] = variants.map(asSentence);
    const onCut = mentionsOn(variants[0]!, mentions);
    for (const m of onCut) expect(cut!.text.slice(m.start - cut!.start, m.end - cut!.start)).toBe(m.text);
    expect(onCut.map((m) => m.entityId)).toEqual(['turkey', 'russia', 'iran']);
    const onClause = mentionsOn(variants[1]!, mentions);
    for (const m of onClause) expect(clause!.text.slice(m.start - clause!.start, m.end - clause!.start)).toBe(m.text);
    expect(onClause[0]!.entityId).toBe('turkey');
    expect(cut!.index).toBe(sentence.index);
  });
});
