/**
 * Explorer round two, end to end (issue 11's "Done when").
 *
 * In headless Chromium against the real server and the seeded Neo4j, one analyst session:
 * find the SNC in one search from another panel; see the Russia -> SNC path framed beside the
 * side panel with its evidence; drag two nodes (they are pinned), add an article and find
 * every node already drawn where it was; save the view, open its link in a new browser context
 * and see the same nodes at the same place under the same camera; export GEXF and read it back
 * (graphology-gexf's parser) with the on-screen positions. The article is the one of
 * add-article.test.ts (test/fixtures/articles/astana-snc-refuses.txt); the database is put back
 * as it was found. Leaves test-results/e2e/two-*.png, one per step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf/node/index.js';
import { PROJECT_ROOT } from '../../src/config.ts';
import { openExplorer, screenshot, startHarness, type Harness } from './harness.ts';
import { openDriver, restoreSnapshot, takeSnapshot, type GraphSnapshot } from '../support/graph-snapshot.ts';

const TEXT = fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/articles/astana-snc-refuses.txt'), 'utf8');
const SNC = 'syrian-negotiations-commission';
const BOYCOTT = 'syrian-negotiations-commission:BOYCOTTS:astana-talks';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
type Drawn = Record<string, { x: number; y: number }>;

/** Waits for the camera to stop moving, then reads what is drawn where. */
async function drawn(page: Page) {
  await page.waitForFunction(() => !window.__parley.sigma.getCamera().isAnimated());
  return page.evaluate(() => {
    const { sigma, graph } = window.__parley;
    const rect = document.getElementById('sigma')!.getBoundingClientRect();
    const screen: Drawn = {};
    const layout: Drawn = {};
    graph.forEachNode((node, attrs) => {
      const at = sigma.graphToViewport({ x: attrs.x, y: attrs.y });
      screen[node] = { x: rect.left + at.x, y: rect.top + at.y };
      layout[node] = { x: attrs.x, y: attrs.y };
    });
    const side = document.getElementById('sidebar')!.getBoundingClientRect();
    return {
      screen,
      layout,
      camera: sigma.getCamera().getState(),
      canvas: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } as Box,
      sidebar: { left: side.left, top: side.top, right: side.right, bottom: side.bottom } as Box,
      pinned: graph.filterNodes((_node, attrs) => attrs.fixed === true),
    };
  });
}

const inside = (point: { x: number; y: number }, box: Box) =>
  point.x >= box.left && point.x <= box.right && point.y >= box.top && point.y <= box.bottom;

async function pick(page: Page, label: string, text: string, name: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  await input.fill(text);
  await page
    .locator(`#${await input.getAttribute('aria-controls')} .option-name`, { hasText: name })
    .first()
    .waitFor();
  await input.press('Enter');
}

describe('explorer round two (headless Chromium)', () => {
  let harness: Harness;
  let driver: Driver;
  let snapshot: GraphSnapshot;
  let page: Page;
  let savedId = '';
  let savedView: Awaited<ReturnType<typeof drawn>>;
  const errors: string[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    driver = openDriver();
    snapshot = await takeSnapshot(driver);
    page = await openExplorer(harness);
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => errors.push(error.message));
  });

  // A failing step leaves its picture and what the page threw.
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    await screenshot(page, `two-failed-${context.task.name.slice(0, 20).replace(/\W+/g, '-')}`);
    const state = await page.evaluate(() => ({
      url: location.search,
      toast: document.getElementById('toast')?.textContent,
    }));
    console.log('explorer round two:', JSON.stringify(state), errors);
  });

  afterAll(async () => {
    await page?.context().close();
    if (driver && snapshot) await restoreSnapshot(driver, snapshot);
    await driver?.close();
    await harness?.close();
  });

  it('finds the SNC in one search from another panel, opens its details; an unknown name gets suggestions', async () => {
    await page.click('#tab-paths');
    await page.fill('#search-input', 'Lavorv');
    await page.locator('#search-input ~ [role=listbox] .picker-note', { hasText: 'Did you mean' }).waitFor();
    await expect(page.locator('#search-input ~ [role=listbox] .option-name').first().textContent()).resolves.toBe(
      'Sergey Lavrov',
    );
    await pick(page, 'Search entities by name or alias', 'SNC', 'Syrian Negotiations Commission');
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('node') === id, SNC);
    await expect(page.locator('#panel-details').isVisible()).resolves.toBe(true);
    await page.locator('#panel-details h2', { hasText: 'Syrian Negotiations Commission' }).waitFor();
    await screenshot(page, 'two-1-search-snc');
    // Escape clears the selection.
    await page.click('#sigma');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('node') === null);
  });

  it('frames the Russia -> SNC path beside the side panel, with its evidence', async () => {
    await page.click('#tab-paths');
    await pick(page, 'From entity', 'Russia', 'Russia');
    await pick(page, 'To entity', 'SNC', 'Syrian Negotiations Commission');
    await page.click('#panel-paths button[type=submit]');
    await page.locator('#panel-paths .hops blockquote').first().waitFor();
    const view = await drawn(page);
    expect(view.canvas.right).toBeLessThanOrEqual(view.sidebar.left + 1);
    for (const node of ['russia', SNC]) expect(inside(view.screen[node]!, view.canvas)).toBe(true);
    const url = new URLSearchParams(await page.evaluate(() => location.search));
    expect([url.get('from'), url.get('to'), url.get('path')]).toEqual(['russia', SNC, '1']);
    await screenshot(page, 'two-2-path-framed');
  });

  it(
    'keeps two dragged, pinned nodes and every drawn node in place when an article adds nodes',
    { timeout: 150_000 },
    async () => {
      await page.click('#graph-toolbar button[title="Fit the whole graph"]');
      let view = await drawn(page);
      const moved: string[] = [];
      for (const node of ['russia', 'staffan-de-mistura']) {
        const from = view.screen[node]!;
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await page.mouse.move(from.x + 60, from.y + 40, { steps: 8 });
        await page.mouse.up();
        moved.push(node);
      }
      const after = await drawn(page);
      expect(after.pinned.sort()).toEqual([...moved].sort());
      for (const node of moved) expect(after.layout[node]).not.toEqual(view.layout[node]);
      await screenshot(page, 'two-3-dragged-pinned');

      view = after;
      await page.click('#tab-articles');
      await page.fill('#article-text', TEXT);
      await page.fill('#article-title', 'Astana talks open without the main opposition');
      await page.fill('#article-published', '2018-03-14');
      await page.fill('#article-outlet', 'Parley Test Wire');
      await page.click('#panel-articles button[type=submit]');
      // The first preview starts the parser's JVM.
      await page.locator('#panel-articles .review').waitFor({ timeout: 90_000 });
      await page.click('#panel-articles button.add-article');
      await page.waitForFunction((edge) => window.__parley.graph.hasEdge(edge), BOYCOTT, { timeout: 20_000 });
      const grown = await drawn(page);
      const added = Object.keys(grown.layout).filter((node) => !view.layout[node]);
      expect(added.length).toBeGreaterThan(0);
      for (const [node, position] of Object.entries(view.layout)) expect(grown.layout[node]).toEqual(position);
      expect(grown.pinned.sort()).toEqual([...moved].sort());
      // The article's part of the graph is framed: its nodes are on screen.
      for (const node of added) expect(inside(grown.screen[node]!, grown.canvas)).toBe(true);
      await screenshot(page, 'two-4-article-added');
    },
  );

  it('saves the view and opens its link in a new browser context exactly as it was', async () => {
    await page.click('#tab-views');
    await page.fill('#panel-views input[aria-label="View name"]', 'Round two');
    await page.click('#panel-views button[type=submit]');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.views-status')?.dataset.saved);
    savedId = await page.evaluate(() => document.querySelector<HTMLElement>('.views-status')!.dataset.saved!);
    await page.locator(`#panel-views .view-row[data-view="${savedId}"]`).waitFor();
    savedView = await drawn(page);
    await screenshot(page, 'two-5-saved');

    const fresh = await openExplorer(harness, `?view=${savedId}`);
    const reopened = await drawn(fresh);
    expect(Object.keys(reopened.screen).sort()).toEqual(Object.keys(savedView.screen).sort());
    for (const [node, at] of Object.entries(savedView.screen)) {
      expect(Math.abs(reopened.screen[node]!.x - at.x)).toBeLessThan(1);
      expect(Math.abs(reopened.screen[node]!.y - at.y)).toBeLessThan(1);
    }
    expect(reopened.camera.ratio).toBeCloseTo(savedView.camera.ratio, 5);
    expect(reopened.pinned.sort()).toEqual(savedView.pinned.sort());
    await screenshot(fresh, 'two-6-view-reopened');
    await fresh.context().close();
  });

  it('exports GEXF with the positions on screen', async () => {
    await page.click('#export summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=GEXF (Gephi)')]);
    const file = await download.path();
    const back = parse(MultiDirectedGraph, fs.readFileSync(file, 'utf8'));
    const { layout } = await drawn(page);
    expect(back.order).toBe(Object.keys(layout).length);
    for (const [node, position] of Object.entries(layout)) {
      expect(back.getNodeAttribute(node, 'x')).toBeCloseTo(position.x, 4);
      expect(back.getNodeAttribute(node, 'y')).toBeCloseTo(position.y, 4);
    }
    await screenshot(page, 'two-7-export');
  });
});

declare global {
  interface Window {
    __parley: {
      sigma: import('sigma').default;
      graph: MultiDirectedGraph<{ x: number; y: number; fixed?: boolean }>;
    };
  }
}
