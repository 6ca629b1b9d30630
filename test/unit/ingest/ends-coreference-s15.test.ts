// Session 15: which round a series stands for, which coreference decides and the rules ask.
import { describe, expect, it } from 'vitest';
import { roundInFocus } from '../../../src/ingest/coreference.ts';
import { buildGazetteer } from '../../../src/ingest/entities.ts';
import { defaultLexicon } from '../../../src/ingest/lexicon.ts';
import type { Mention } from '../../../src/ingest/types.ts';

const gaz = buildGazetteer(defaultLexicon());

describe('the round a series stands for (coreference owns it; the rules ask it)', () => {
  const at = (entityId: string): Mention => ({
    start: 0,
    end: 1,
    sentence: 0,
    text: 'x',
    entityId,
    type: 'Meeting',
    source: 'lexicon',
    possessive: false,
  });

  it("is the round in focus when the series is that round's", () => {
    expect(roundInFocus(at('astana-talks'), at('astana-talks-5'), gaz).entityId).toBe('astana-talks-5');
  });

  it("is the series itself when the focus is another series' round, or nothing is in focus", () => {
    expect(roundInFocus(at('geneva-talks'), at('astana-talks-5'), gaz).entityId).toBe('geneva-talks');
    expect(roundInFocus(at('astana-talks'), null, gaz).entityId).toBe('astana-talks');
  });
});
