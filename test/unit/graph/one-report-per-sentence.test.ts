import { describe, expect, it } from 'vitest';
import { oneReportPerSentence } from '../../../src/graph/one-report-per-sentence.ts';

describe('oneReportPerSentence', () => {
  it('keeps one report of a fact per sentence, however often the article repeats it', () => {
    const sentence = 'Russia hosts the Syrian National Dialogue Congress in Sochi.';
    const repeated = Array.from({ length: 3000 }, (_, i) => ({
      id: 'russia:HOSTS:sochi',
      evidence: sentence,
      confidence: i === 7 ? 0.9 : 0.6,
    }));
    const other = { id: 'russia:HOSTS:sochi', evidence: 'Moscow will host the congress.', confidence: 0.5 };
    const otherFact = { id: 'russia:ATTENDS:sochi', evidence: sentence, confidence: 0.4 };
    expect(oneReportPerSentence([...repeated, other, otherFact])).toEqual([
      { id: 'russia:HOSTS:sochi', evidence: sentence, confidence: 0.9 },
      other,
      otherFact,
    ]);
  });
});
