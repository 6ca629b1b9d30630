/**
 * PNG and SVG exports carry the legend and the source caption (issue 11), in headless Chromium
 * against the real server and the seeded Neo4j: the PNG is taller than the drawing by a legend
 * band (kept as test-results/e2e/export-figure.png to look at), the SVG names the node and
 * relationship types shown and the seed article's headline and date. Read-only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DOMParser } from '@xmldom/xmldom';
import { openExplorer, screenshot, SCREENSHOTS, startHarness, type Harness } from './harness.ts';

const HEADLINE = 'Lavrov, de Mistura discuss Syrian National Dialogue Congress';

async function exported(page: Page, item: string): Promise<Buffer> {
  // The menu may still be open from the previous export: open it, never toggle it shut.
  await page.locator('#export details.menu').evaluate((menu) => ((menu as HTMLDetailsElement).open = true));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`text=${item}`)]);
  return fs.readFileSync((await download.path())!);
}

describe('image exports (headless Chromium)', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await openExplorer(harness);
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await page?.context().close();
    await harness?.close();
  });

  it('PNG: the drawing with a legend and caption band under it', async () => {
    const png = await exported(page, 'PNG image');
    fs.writeFileSync(path.join(SCREENSHOTS, 'export-figure.png'), png);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const height = png.readUInt32BE(20);
    const canvas = await page.evaluate(() => {
      const { height: drawn } = window.__parley.sigma.getDimensions();
      return drawn * (window.devicePixelRatio || 1);
    });
    expect(height).toBeGreaterThan(canvas + 40);
    await screenshot(page, 'export-1-png');
  });

  it('SVG: the legend of what is shown and the seed article as the source', async () => {
    const svg = (await exported(page, 'SVG image')).toString('utf8');
    fs.writeFileSync(path.join(SCREENSHOTS, 'export-figure.svg'), svg);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((node) => node.textContent ?? '');
    for (const label of ['Person', 'Meeting', 'BOYCOTTS', 'INVITES', 'Russia']) expect(texts).toContain(label);
    const caption = texts.find((text) => text.startsWith('Source'));
    expect(caption).toContain(HEADLINE);
    expect(caption).toContain('2018-01-28');
    expect(doc.getElementsByTagName('circle').length).toBeGreaterThan(27);
  });
});
