/**
 * Appearance by data and unlabelled nodes, end to end (issue 11).
 *
 * In headless Chromium against the real server and the seeded Neo4j: colour the seed by Louvain
 * community (the legend lists the communities; the UN track and Russia's congress differ),
 * scale node sizes, raise and lower the label density; the appearance survives a shared link
 * and a saved view; a view of 400+ nodes finds its communities in a Web Worker. At a far zoom,
 * the nodes without a label are listed (a click selects one) and get their label on hover.
 * The saved view is removed with the snapshot. Leaves test-results/e2e/appearance-*.png.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { openExplorer, screenshot, startHarness, type Harness } from './harness.ts';
import { openDriver, restoreSnapshot, takeSnapshot, type GraphSnapshot } from '../support/graph-snapshot.ts';

/** What the page exposes beyond the sigma instance and graph the round-two test types. */
type Parley = {
  explorer: {
    merge(json: unknown): unknown;
    store: { edges: Map<string, Record<string, unknown>> };
    display: { selectedNode: string | null };
    graph: {
      mapNodes<T>(fn: (node: string, attrs: Record<string, unknown>) => T): T[];
      someNode(fn: (node: string, attrs: Record<string, unknown>) => boolean): boolean;
    };
  };
};

async function shown(page: Page, nodes: string[]) {
  await page.waitForFunction(() => !window.__parley.sigma.getCamera().isAnimated());
  return page.evaluate((ids) => {
    const { sigma } = window.__parley;
    return Object.fromEntries(
      ids.map((id) => {
        const data = sigma.getNodeDisplayData(id)!;
        return [id, { color: data.color, size: data.size }];
      }),
    );
  }, nodes);
}

const labelCount = (page: Page) =>
  page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.__parley.sigma.refresh();
    return window.__parley.sigma.getNodeDisplayedLabels().size;
  });

async function setRange(page: Page, label: string, value: number): Promise<void> {
  await page.getByRole('slider', { name: label }).evaluate((input, next) => {
    (input as HTMLInputElement).value = String(next);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

describe('appearance by data (headless Chromium)', () => {
  let harness: Harness;
  let driver: Driver;
  let snapshot: GraphSnapshot;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    driver = openDriver();
    snapshot = await takeSnapshot(driver);
    page = await openExplorer(harness);
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => errors.push(error.message));
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    await screenshot(page, `appearance-failed-${context.task.name.slice(0, 20).replace(/\W+/g, '-')}`);
    console.log('appearance:', await page.evaluate(() => location.search), errors);
  });

  afterAll(async () => {
    await page?.context().close();
    if (driver && snapshot) await restoreSnapshot(driver, snapshot);
    await driver?.close();
    await harness?.close();
  });

  it('colours by community, with the communities in the legend', async () => {
    const before = await shown(page, ['russia', 'united-nations']);
    await page.click('#tab-appearance');
    await page.getByRole('radio', { name: 'community' }).check();
    const legend = page.getByRole('list', { name: 'Legend: communities' });
    await legend.waitFor();
    expect(await legend.locator('li').count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('list', { name: 'Legend: node types' }).count()).resolves.toBe(0);
    const after = await shown(page, ['russia', 'united-nations']);
    expect(after.russia!.color).not.toBe(after['united-nations']!.color);
    expect(after.russia!.color).not.toBe(before.russia!.color);
    expect(new URLSearchParams(await page.evaluate(() => location.search)).get('color')).toBe('community');
    await screenshot(page, 'appearance-1-communities');
  });

  it('scales node sizes and label density from the sliders', async () => {
    const before = await shown(page, ['russia']);
    await setRange(page, 'Node size', 2);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('scale') === '2');
    const after = await shown(page, ['russia']);
    expect(after.russia!.size).toBeCloseTo(before.russia!.size * 2, 5);
    await page.click('#graph-toolbar button[title="Fit the whole graph"]');
    await setRange(page, 'Label density', 0.25);
    const sparse = await labelCount(page);
    await setRange(page, 'Label density', 4);
    const dense = await labelCount(page);
    expect(dense).toBeGreaterThan(sparse);
    await screenshot(page, 'appearance-2-size-and-labels');
  });

  it('keeps the appearance in a shared link and in a saved view', async () => {
    const link = await page.evaluate(() => location.search);
    const linked = await openExplorer(harness, link);
    await linked.getByRole('list', { name: 'Legend: communities' }).waitFor();
    const colours = await shown(linked, ['russia', 'united-nations']);
    expect(colours).toEqual(await shown(page, ['russia', 'united-nations']));
    await linked.context().close();

    await page.click('#tab-views');
    await page.fill('#panel-views input[aria-label="View name"]', 'By community');
    await page.click('#panel-views button[type=submit]');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.views-status')?.dataset.saved);
    const id = await page.evaluate(() => document.querySelector<HTMLElement>('.views-status')!.dataset.saved!);
    const reopened = await openExplorer(harness, `?view=${id}`);
    await reopened.getByRole('list', { name: 'Legend: communities' }).waitFor();
    expect(await shown(reopened, ['russia'])).toEqual(await shown(page, ['russia']));
    await reopened.click('#tab-appearance');
    await expect(reopened.getByRole('slider', { name: 'Node size' }).inputValue()).resolves.toBe('2');
    await screenshot(reopened, 'appearance-3-saved-view');
    await reopened.context().close();
  });

  it(
    'lists the nodes without a label at a far zoom; a click selects one, a hover labels it',
    { timeout: 60_000 },
    async () => {
      await page.click('#tab-appearance');
      await setRange(page, 'Label density', 0.25);
      await setRange(page, 'Node size', 1);
      await page.evaluate(() => window.__parley.sigma.getCamera().setState({ ratio: 2.5 }));
      const list = page.getByRole('list', { name: 'Not labelled at this zoom' });
      await list.locator('li').first().waitFor();
      const missing = await page.evaluate(() => {
        const { sigma, graph } = window.__parley;
        const labelled = sigma.getNodeDisplayedLabels();
        return graph.filterNodes((node) => !labelled.has(node));
      });
      expect(missing.length).toBeGreaterThan(0);
      await expect(page.locator('.unlabelled h3').textContent()).resolves.toContain(`(${missing.length})`);
      await expect(list.locator('li').count()).resolves.toBe(Math.min(missing.length, 100));
      await screenshot(page, 'appearance-4-unlabelled-list');

      // Hover: the label is drawn beside the node (the hover layer changes there). The node is one
      // that nothing covers: no legend or toolbar over it, no other node drawn on top of it.
      const { node, at } = await page.evaluate((ids) => {
        const { sigma, graph } = window.__parley;
        const container = document.getElementById('sigma')!;
        const rect = container.getBoundingClientRect();
        let best = { node: ids[0]!, at: { x: 0, y: 0 }, clearance: -1 };
        for (const id of ids) {
          const point = sigma.graphToViewport(graph.getNodeAttributes(id));
          const x = rect.left + point.x;
          const y = rect.top + point.y;
          if (!container.contains(document.elementFromPoint(x, y)) || x + 100 > rect.right) continue;
          let clearance = Infinity;
          graph.forEachNode((other, attrs) => {
            if (other === id) return;
            const p = sigma.graphToViewport(attrs);
            clearance = Math.min(clearance, Math.hypot(p.x - point.x, p.y - point.y));
          });
          if (clearance > best.clearance) best = { node: id, at: { x, y }, clearance };
        }
        return best;
      }, missing);
      const clip = { x: at.x + 4, y: at.y - 10, width: 90, height: 20 };
      const quiet = await page.screenshot({ clip });
      await page.mouse.move(at.x, at.y);
      await page.waitForFunction((id) => window.__parley.sigma.getNodeDisplayData(id)?.highlighted, node);
      await page.waitForTimeout(150);
      const hovered = await page.screenshot({ clip });
      expect(hovered.equals(quiet)).toBe(false);
      await screenshot(page, 'appearance-5-hover-label');
      await page.mouse.move(5, 5);

      await list.locator(`button[data-node="${missing[missing.length - 1]}"]`).click();
      await page.waitForFunction(
        (id) => new URLSearchParams(location.search).get('node') === id,
        missing[missing.length - 1],
      );
    },
  );

  it('finds the communities of a view of 400+ nodes in a Web Worker', async () => {
    await page.evaluate(() => {
      const explorer = (window.__parley as unknown as Parley).explorer;
      const sample = explorer.store.edges.values().next().value!;
      const nodes = Array.from({ length: 400 }, (_, i) => ({
        id: `synthetic-${i}`,
        name: `Synthetic ${i}`,
        type: 'Person',
        aliases: [],
      }));
      // Forty rings of ten: forty obvious communities.
      const edges = nodes.map((node, i) => ({
        ...sample,
        id: `synthetic-edge-${i}`,
        source: node.id,
        target: `synthetic-${i - (i % 10) + ((i + 1) % 10)}`,
      }));
      explorer.merge({ nodes, edges });
    });
    await page.waitForFunction(() =>
      document.querySelector('.appearance-status')?.textContent?.includes('communities'),
    );
    // Forty rings and the seed's own: twelve named, the rest counted.
    await page.waitForFunction(() =>
      /and (2[89]|3\d) smaller communities/.test(
        document.querySelector('[aria-label="Legend: communities"]')?.textContent ?? '',
      ),
    );
    expect(await page.locator('[aria-label="Legend: communities"] li').count()).toBe(13);
    // The metrics worker: started by this view or already by its first layout.
    expect(page.workers().some((worker) => worker.url().includes('metrics'))).toBe(true);
    await screenshot(page, 'appearance-6-worker');
    expect(errors).toEqual([]);
  });

  it('sizes a view of 400+ nodes by betweenness in the Web Worker, as the main thread would', async () => {
    const sizes = () =>
      page.evaluate(() => {
        const { graph } = (window.__parley as unknown as Parley).explorer;
        return Object.fromEntries(graph.mapNodes((node, attrs) => [node, attrs.size as number]));
      });
    const byDegree = await sizes();
    await page.selectOption('select[aria-label="Size nodes by"]', 'betweenness');
    await page.waitForFunction(
      (before) => {
        const { graph } = (window.__parley as unknown as Parley).explorer;
        return graph.someNode((node, attrs) => attrs.size !== before[node]);
      },
      byDegree,
      { timeout: 60_000 },
    );
    const byBetweenness = await sizes();
    // The rings are alike, so their nodes are too; and the graph did not freeze on the way.
    expect(byBetweenness['synthetic-0']).toBe(byBetweenness['synthetic-15']);
    expect(byBetweenness['synthetic-0']).not.toBe(byDegree['synthetic-0']);
    expect(new URLSearchParams(new URL(page.url()).search).get('size')).toBe('betweenness');
    await screenshot(page, 'appearance-7-size-worker');
    expect(errors).toEqual([]);
  });
});
