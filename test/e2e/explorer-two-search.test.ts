/**
 * Explorer round two: search ranking, end to end.
 *
 * In headless Chromium against the real server and the seeded Neo4j: typing "SNC" offers the
 * Syrian Negotiations Commission (an exact alias) first, ahead of "SNC spokesman", so Enter
 * selects it. Enter pressed before the answer comes chooses the exact hit when it comes; chosen
 * while the first layout still runs, the camera stays on the hit and its neighbours when the
 * layout lands (rather than fitting the whole graph). Leaves test-results/e2e/two-search-snc.png
 * and two-search-before-layout.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnAt } from '../../bench/client/app-session.ts';
import { openExplorer, screenshot, startHarness, type Harness } from './harness.ts';

const SNC = 'syrian-negotiations-commission';

/**
 * Runs before the app: the page's workers answer 3 s late, so the first layout (computed in the
 * metrics worker) lands well after the analyst has chosen a search hit, whatever the machine's speed.
 */
const LATE_WORKERS = `(() => {
  const Native = window.Worker;
  window.Worker = class extends Native {
    set onmessage(handler) {
      super.onmessage = (event) => setTimeout(() => handler.call(this, event), 3000);
    }
    get onmessage() {
      return super.onmessage;
    }
  };
})();`;

interface CameraView {
  __parley: {
    sigma: { getCamera(): { getState(): { x: number; y: number; ratio: number } } };
    view: { focus(node: string): void; fit(): void };
    explorer: { display: { selectedNode: string | null } };
  };
}

const cameraOf = (page: Page) =>
  page.evaluate(() => (window as unknown as CameraView).__parley.sigma.getCamera().getState());
const layoutRunning = (page: Page) =>
  page.evaluate(() => document.querySelector('#graph-toolbar button[aria-pressed=true]') !== null);

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

  it('keeps the camera on a hit chosen (Enter at once) before the first layout lands', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript({ content: LATE_WORKERS });
    try {
      await page.goto(`${harness.url}/`);
      await page.waitForSelector('body[data-ready=true]', { timeout: 20_000 });
      expect(await layoutRunning(page)).toBe(true);
      // Enter right after typing: no waiting for the list, the exact hit is chosen when it comes.
      await page.fill('#search-input', 'SNC');
      await page.press('#search-input', 'Enter');
      await page.waitForFunction(
        (id) => (window as unknown as CameraView).__parley.explorer.display.selectedNode === id,
        SNC,
      );
      expect(await layoutRunning(page)).toBe(true);
      await page.waitForFunction(
        () => document.querySelector('#graph-toolbar button[aria-pressed=true]') === null,
        null,
        {
          timeout: 20_000,
        },
      );
      await page.waitForTimeout(1_000);
      const landed = await cameraOf(page);
      const at = await drawnAt(page, SNC);
      const canvas = (await page.locator('#sigma').boundingBox())!;
      expect(at!.x).toBeGreaterThan(canvas.x);
      expect(at!.x).toBeLessThan(canvas.x + canvas.width);
      expect(at!.y).toBeGreaterThan(canvas.y);
      expect(at!.y).toBeLessThan(canvas.y + canvas.height);
      await screenshot(page, 'two-search-before-layout');
      // The camera is where framing the hit with its neighbours puts it, not the whole graph's fit.
      await page.evaluate((id) => (window as unknown as CameraView).__parley.view.focus(id), SNC);
      await page.waitForTimeout(1_000);
      const focused = await cameraOf(page);
      await page.evaluate(() => (window as unknown as CameraView).__parley.view.fit());
      await page.waitForTimeout(1_000);
      const whole = await cameraOf(page);
      // Close to it (the layout's last frame is framed as it lands), and far from the whole graph's.
      expect(Math.abs(landed.ratio - focused.ratio) / focused.ratio).toBeLessThan(0.1);
      expect(landed.ratio).toBeLessThan(whole.ratio / 2);
    } finally {
      await context.close();
    }
  }, 60_000);
});
