// Session 17: a state named right before a title that another body or state holds is the title's
// subject ("the UN's Syria envoy" is sent to Syria), not whom the holder speaks for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';
import { statedFacts } from './stated-facts.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

describe('the state a title is about', () => {
  it("reads the UN's Syria envoy as speaking for the UN only", async () => {
    const facts = await statedFacts(
      "The U.N.'s Syria envoy Staffan de Mistura said Thursday that the talks will run through Dec. 15.",
      '2017-12-01',
      'REPRESENTS',
    );
    expect(facts).toContain('staffan-de-mistura REPRESENTS united-nations');
    expect(facts).not.toContain('staffan-de-mistura REPRESENTS syria');
  });

  it('reads "US Syria envoy James Jeffrey" as speaking for the US only', async () => {
    const facts = await statedFacts('US Syria envoy James Jeffrey met Erdogan in Ankara.', '2018-11-20', 'REPRESENTS');
    expect(facts).toEqual(['james-jeffrey REPRESENTS united-states']);
  });

  it('keeps a state that is the only one the title names', async () => {
    const facts = await statedFacts('Syrian envoy Bashar al-Jaafari spoke in Geneva.', '2017-12-01', 'REPRESENTS');
    expect(facts).toContain('bashar-al-jaafari REPRESENTS syria');
  });
});
