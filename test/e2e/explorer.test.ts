/**
 * Explorer end to end.
 *
 * The six scenarios of issue 3 in headless Chromium against the real server and Neo4j seeded
 * with the curated graph of the Jan 28, 2018 article (seed/): the seed graph is drawn (asserted
 * on sigma's graph and display data, not pixels alone), search "SNC" selects the Syrian
 * Negotiations Commission with its boycott evidence, a path from Russia to the SNC is
 * highlighted and listed, an example query runs and draws, a bad query shows Neo4j's error and
 * position, and a shared URL restores the view. Each leaves a screenshot in test-results/e2e/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExplorer, screenshot, startHarness, type Harness } from './harness.ts';

const SNC = 'syrian-negotiations-commission';
const BOYCOTT = `${SNC}:BOYCOTTS:syrian-national-dialogue-congress`;
const FADED = '#e3e6ea';

interface ParleyWindow {
  __parley: {
    graph: import('graphology').MultiDirectedGraph;
    sigma: import('sigma').default;
    explorer: {
      display: { selectedNode: string | null; path: { nodes: Set<string>; edges: Set<string> } | null };
      viewKey: string;
    };
    console: { setQuery(query: string): void };
  };
}

const parley = <T>(page: Page, read: (p: ParleyWindow['__parley']) => T): Promise<T> =>
  page.evaluate(
    (source) => new Function('p', `return (${source})(p)`)((window as unknown as ParleyWindow).__parley),
    read.toString(),
  ) as Promise<T>;

async function choose(page: Page, input: string, text: string, name: string): Promise<void> {
  await page.fill(input, text);
  const options = page.locator(`${input} ~ [role=listbox] [role=option]`);
  await options.filter({ hasText: name }).first().waitFor();
  const names = await options.locator('.option-name').allTextContents();
  const index = names.indexOf(name);
  expect(index, `${name} among ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.press(input, 'ArrowDown');
  await page.press(input, 'Enter');
}

describe('explorer (headless Chromium)', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('draws the seed graph with types, sizes and a kept layout', async () => {
    const page = await openExplorer(harness);
    const graph = await parley(page, (p) => ({
      order: p.graph.order,
      nodes: p.graph.nodes(),
      russia: p.graph.getNodeAttributes('russia'),
      sochi: p.graph.getNodeAttributes('sochi'),
      boycott: p.graph.hasEdge('syrian-negotiations-commission:BOYCOTTS:syrian-national-dialogue-congress'),
      drawn: !!p.sigma.getNodeDisplayData('russia'),
    }));
    expect(graph.order).toBeGreaterThanOrEqual(27);
    expect(graph.nodes).toEqual(expect.arrayContaining(['russia', SNC, 'staffan-de-mistura', 'sochi']));
    expect(graph.boycott).toBe(true);
    expect(graph.drawn).toBe(true);
    expect(graph.russia.entityType).toBe('State');
    expect(graph.russia.color).not.toBe(graph.sochi.color);
    expect(graph.russia.size).toBeGreaterThan(graph.sochi.size);
    await expect(page.locator('.legend-item', { hasText: 'Person' }).count()).resolves.toBe(1);
    // The layout worker stops on its own and its positions are saved for the next visit.
    await page.waitForFunction(() => window.localStorage.getItem('parley.layout.overview') !== null, null, {
      timeout: 15_000,
    });
    const saved = await page.evaluate(() => JSON.parse(window.localStorage.getItem('parley.layout.overview')!));
    expect(Object.keys(saved)).toEqual(expect.arrayContaining(['russia', SNC]));
    await screenshot(page, 'seed-graph');
    await page.context().close();
  });

  it('search "SNC" selects the Syrian Negotiations Commission and shows its boycott evidence', async () => {
    const page = await openExplorer(harness);
    await choose(page, '#search-input', 'SNC', 'Syrian Negotiations Commission');
    await page.waitForFunction(
      (id) => (window as unknown as ParleyWindow).__parley.explorer.display.selectedNode === id,
      SNC,
    );
    const details = page.locator('#panel-details');
    await details.locator('.relation-group', { hasText: 'BOYCOTTS' }).waitFor();
    await expect(details.locator('h2').textContent()).resolves.toBe('Syrian Negotiations Commission');
    const quotes = await details
      .locator('.relation-group', { hasText: 'BOYCOTTS' })
      .locator('blockquote')
      .allTextContents();
    expect(quotes).toContain(
      'The boycott by the opposition Syrian Negotiations Commission (SNC) followed two days of United Nations talks in Vienna that failed to yield progress.',
    );
    await expect(details.locator('cite').first().textContent()).resolves.toContain(
      'Lavrov, de Mistura discuss Syrian National Dialogue Congress',
    );
    expect(new URL(page.url()).searchParams.get('node')).toBe(SNC);
    await screenshot(page, 'search-snc');
    await page.context().close();
  });

  it('a path from Russia to the SNC is highlighted and listed hop by hop', async () => {
    const page = await openExplorer(harness);
    await page.click('#tab-paths');
    await choose(page, '#panel-paths input[aria-label="From entity"]', 'Russia', 'Russia');
    await choose(page, '#panel-paths input[aria-label="To entity"]', 'SNC', 'Syrian Negotiations Commission');
    await page.click('#panel-paths button[type=submit]');
    await page.locator('.path-card.current .hop').first().waitFor();
    const hops = await page.locator('.path-card.current .hop-head').allTextContents();
    expect(hops.length).toBeGreaterThanOrEqual(2);
    expect(hops[0]).toContain('Russia');
    expect(hops.at(-1)).toContain('Syrian Negotiations Commission');
    await expect(page.locator('.path-card.current blockquote').count()).resolves.toBeGreaterThanOrEqual(2);
    const state = await parley(page, (p) => {
      const path = p.explorer.display.path!;
      const outside = p.graph.nodes().find((node) => !path.nodes.has(node))!;
      return {
        nodes: [...path.nodes],
        edges: [...path.edges],
        inside: p.sigma.getNodeDisplayData('russia')!.color,
        outside: p.sigma.getNodeDisplayData(outside)!.color,
      };
    });
    expect(state.nodes).toEqual(expect.arrayContaining(['russia', SNC]));
    expect(state.edges.length).toBe(hops.length);
    expect(state.outside).toBe(FADED);
    expect(state.inside).not.toBe(FADED);
    await expect(page.locator('.path-nav [role=status]').textContent()).resolves.toMatch(/^Path 1 of \d+$/);
    await screenshot(page, 'path-russia-snc');
    await page.context().close();
  });

  it('an example query runs, fills the table and draws its graph', async () => {
    const page = await openExplorer(harness);
    await page.click('#tab-console');
    await page.selectOption('#panel-console select[aria-label="Example queries"]', 'boycotts');
    await page.selectOption('#panel-console select[aria-label="Where results go"]', 'replace');
    await page.click('#panel-console button.primary');
    await page.locator('#panel-console table.results tbody tr').first().waitFor();
    const cells = await page.locator('#panel-console table.results tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toMatch(/^\(Syrian Negotiations Commission\)/);
    const drawn = await parley(page, (p) => ({
      nodes: p.graph.nodes().sort(),
      edges: p.graph.edges(),
      key: p.explorer.viewKey,
    }));
    expect(drawn.nodes).toEqual(['syrian-national-dialogue-congress', SNC]);
    expect(drawn.edges).toEqual([BOYCOTT]);
    expect(drawn.key).toBe('console');
    expect(new URL(page.url()).searchParams.get('cypher')).toContain('BOYCOTTS');
    await screenshot(page, 'example-query');
    await page.context().close();
  });

  it("a bad query shows Neo4j's message and position", async () => {
    const page = await openExplorer(harness);
    await page.click('#tab-console');
    await parley(page, (p) => p.console.setQuery('MATCH (a RETURN a'));
    await page.click('#panel-console button.primary');
    const error = page.locator('#panel-console .query-error');
    await error.waitFor();
    await expect(error.locator('strong').textContent()).resolves.toBe('Neo.ClientError.Statement.SyntaxError');
    await expect(error.locator('pre').textContent()).resolves.toContain("Invalid input 'RETURN'");
    await expect(error.locator('button').textContent()).resolves.toBe('Go to line 1, column 10');
    await screenshot(page, 'bad-query');
    await page.context().close();
  });

  it('a shared URL restores the selected node and the path query', async () => {
    const search = `?panel=paths&node=${SNC}&from=russia&to=${SNC}&k=2`;
    const page = await openExplorer(harness, search);
    const state = await parley(page, (p) => ({
      selected: p.explorer.display.selectedNode,
      path: p.explorer.display.path ? [...p.explorer.display.path.nodes] : [],
    }));
    expect(state.selected).toBe(SNC);
    expect(state.path).toEqual(expect.arrayContaining(['russia', SNC]));
    await expect(page.locator('#panel-paths').isVisible()).resolves.toBe(true);
    await expect(page.locator('#panel-paths input[aria-label="From entity"]').inputValue()).resolves.toBe('Russia');
    await expect(page.locator('.path-card').count()).resolves.toBeGreaterThanOrEqual(1);
    const url = new URL(page.url());
    expect(url.searchParams.get('node')).toBe(SNC);
    expect(url.searchParams.get('from')).toBe('russia');
    await screenshot(page, 'shared-url');
    await page.context().close();
  });

  it('fits a narrow window', async () => {
    const page = await openExplorer(harness, '', { width: 420, height: 860 });
    const box = await page.locator('#sidebar').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(420);
    await expect(page.locator('#search-input').isVisible()).resolves.toBe(true);
    await screenshot(page, 'narrow');
    await page.context().close();
  });
});
