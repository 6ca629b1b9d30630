/**
 * The Cypher console, round two (issue 11), in headless Chromium against the real server and
 * the seeded Neo4j: node and relationship cells show their properties and select on the graph;
 * a result added to the view is highlighted even where it was already drawn; the completion
 * popup closes when the query runs; Ctrl+Enter runs from the parameters box; the PROFILE toggle
 * shows the plan as a tree; a 1,000-row answer is shown a page at a time with "more", the page
 * staying under 5,000 elements. Read-only: nothing is written. Leaves
 * test-results/e2e/console-*.png.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExplorer, screenshot, startHarness, type Harness } from './harness.ts';

type Console = {
  console: { setQuery(query: string): void };
  explorer: { display: { path: { nodes: Set<string>; edges: Set<string> } | null; selectedNode: string | null } };
};

const RUSSIA_OUT = "MATCH (a:Entity {id: 'russia'})-[r]->(b:Entity) RETURN a, r, b";

async function runQuery(page: Page, query: string): Promise<void> {
  await page.evaluate((text) => (window.__parley as unknown as Console).console.setQuery(text), query);
  await page.click('#panel-console button.primary');
  await page.locator('#panel-console .result-bar').waitFor();
}

describe('Cypher console round two (headless Chromium)', () => {
  let harness: Harness;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    page = await openExplorer(harness);
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.click('#tab-console');
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    await screenshot(page, `console-failed-${context.task.name.slice(0, 20).replace(/\W+/g, '-')}`);
    console.log('console:', errors);
  });

  afterAll(async () => {
    await page?.context().close();
    await harness?.close();
  });

  it('shows properties in cells, highlights the result already drawn, and a cell selects on the graph', async () => {
    await runQuery(page, RUSSIA_OUT);
    const first = page.locator('#panel-console table.results tbody tr').first();
    const cells = await first.locator('td').allTextContents();
    expect(cells.join(' ')).not.toContain('[object Object]');
    expect(cells[0]).toContain('(Russia)');
    expect(cells[0]).toContain(':Entity');
    expect(cells[0]).toContain('id: russia');
    expect(cells[1]).toMatch(/^\[:[A-Z_]+\]/);
    expect(cells[1]).toContain('confidence');
    const emphasis = await page.evaluate(() => {
      const path = (window.__parley as unknown as Console).explorer.display.path;
      return path ? { nodes: [...path.nodes], edges: path.edges.size } : null;
    });
    expect(emphasis?.nodes).toContain('russia');
    expect(emphasis?.nodes).toContain('staffan-de-mistura');
    expect(emphasis?.edges).toBeGreaterThan(0);
    // Faded around it: a node outside the result is drawn in the faded colour.
    const colours = await page.evaluate(() => ({
      inside: window.__parley.sigma.getNodeDisplayData('russia')!.color,
      outside: window.__parley.sigma.getNodeDisplayData('vienna')!.color,
    }));
    expect(colours.inside).not.toBe(colours.outside);
    await screenshot(page, 'console-1-cells-highlighted');

    await first.locator('td').nth(2).locator('button.cell-link').click();
    const selected = await page.evaluate(() => (window.__parley as unknown as Console).explorer.display.selectedNode);
    expect(selected).toBeTruthy();
    expect(new URLSearchParams(await page.evaluate(() => location.search)).get('node')).toBe(selected);
    await page.click('#tab-console');
  });

  it('closes the completion popup when the query runs (Ctrl+Enter in the editor)', async () => {
    await page.evaluate(() => (window.__parley as unknown as Console).console.setQuery('MATCH (n:'));
    await page.click('#panel-console .cm-content');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Entity) RETURN n.nam');
    await page.keyboard.press('Control+Space');
    const popup = page.locator('.cm-tooltip-autocomplete');
    await popup.waitFor();
    await screenshot(page, 'console-2-completion-open');
    await page.keyboard.press('Control+Enter');
    await page.locator('#panel-console .result-bar').waitFor();
    await popup.waitFor({ state: 'detached' });
    await screenshot(page, 'console-2-completion-closed');
  });

  it('runs from the parameters box with Ctrl+Enter', async () => {
    await page.evaluate(() =>
      (window.__parley as unknown as Console).console.setQuery('MATCH (a:Entity {id: $id}) RETURN a.name AS name'),
    );
    await page.click('#panel-console details summary');
    await page.fill('#panel-console textarea.params', '{"id": "sergey-lavrov"}');
    await page.focus('#panel-console textarea.params');
    await page.keyboard.press('Control+Enter');
    await page.locator('#panel-console table.results td', { hasText: 'Sergey Lavrov' }).waitFor();
    await page.fill('#panel-console textarea.params', '');
  });

  it('shows the PROFILE plan as a tree with rows and db hits', async () => {
    await page.selectOption('#panel-console select[aria-label="Query plan"]', 'profile');
    await runQuery(page, RUSSIA_OUT);
    const tree = page.getByRole('region', { name: 'Query plan' });
    await tree.waitFor();
    await expect(tree.locator('.plan-operator').first().textContent()).resolves.toBe('ProduceResults');
    expect(await tree.locator('.plan-step').count()).toBeGreaterThan(2);
    await expect(tree.textContent()).resolves.toMatch(/\d+ db hits/);
    await expect(page.locator('#panel-console table.results tbody tr').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'console-3-profile-tree');
    await page.selectOption('#panel-console select[aria-label="Query plan"]', 'explain');
    await runQuery(page, RUSSIA_OUT);
    await expect(tree.textContent()).resolves.toContain('nothing ran');
    await page.selectOption('#panel-console select[aria-label="Query plan"]', '');
  });

  it('shows a 1,000-row answer a page at a time, the page staying under 5,000 elements', async () => {
    await runQuery(page, 'UNWIND range(1, 1000) AS i RETURN i, i * 2 AS twice');
    const rows = page.locator('#panel-console table.results tbody tr');
    await expect(rows.count()).resolves.toBe(100);
    await expect(page.locator('#panel-console .table-note').textContent()).resolves.toContain('of 1000 rows');
    await page.click('#panel-console button:has-text("more rows")');
    await expect(rows.count()).resolves.toBe(200);
    for (let i = 0; i < 10; i += 1) {
      const more = page.locator('#panel-console button:has-text("more rows")');
      if (!(await more.isVisible())) break;
      await more.click();
    }
    expect(await rows.count()).toBeLessThan(1000);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(5000);
    await screenshot(page, 'console-4-paged-table');
    expect(errors).toEqual([]);
  });
});
