/**
 * Explorer round two: search ranking, end to end.
 *
 * In headless Chromium against the real server and the seeded Neo4j: typing "SNC" offers the
 * Syrian Negotiations Commission (an exact alias) first, ahead of "SNC spokesman", so Enter
 * selects it. Leaves test-results/e2e/two-search-snc.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, screenshot, startHarness, type Harness } from './harness.ts';

describe('explorer round two: search (headless Chromium)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('offers the exact alias first: "SNC" then Enter selects the Syrian Negotiations Commission', async () => {
    const page = await openExplorer(harness);
    await page.fill('#search-input', 'SNC');
    const options = page.locator('#search-input ~ [role=listbox] [role=option] .option-name');
    await options.filter({ hasText: 'SNC spokesman' }).first().waitFor();
    const names = await options.allTextContents();
    expect(names[0]).toBe('Syrian Negotiations Commission');
    expect(names).toContain('SNC spokesman');
    await screenshot(page, 'two-search-snc');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get('node') === 'syrian-negotiations-commission',
    );
    await page.context().close();
  });
});
