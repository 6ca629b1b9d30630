/**
 * Add article end to end.
 *
 * The "Add article" panel of issue 4 in headless Chromium against the real server and the seeded
 * Neo4j: paste a short report (test/fixtures/articles/astana-snc-refuses.txt, a passage written
 * for this test: the SNC refusing to attend a round of the Astana talks, with a "Resolution 2224"
 * misprint and an aggregator line), preview it, untick one relation and one entity, add it, and
 * check the graph in the page (window.__parley) holds what was kept and not what was unticked,
 * and that the details of a new edge cite its sentence. The database is put back as it was found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config.ts';
import { openExplorer, screenshot, startHarness, type Harness } from './harness.ts';
import { openDriver, restoreSnapshot, takeSnapshot, type GraphSnapshot } from '../support/graph-snapshot.ts';

const TEXT = fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/articles/astana-snc-refuses.txt'), 'utf8');
const BOYCOTT = 'syrian-negotiations-commission:BOYCOTTS:astana-talks';
const ATTENDS = 'staffan-de-mistura:ATTENDS:astana-talks';
// The parse reads "Astana talks" as held in Astana; "were based on Resolution 2224" inside a quote is not read yet.
const HELD_IN = 'astana-talks:HELD_IN:astana';
const REPRESENTS = 'kairat-abdrakhmanov:REPRESENTS:kazakhstan';
const BOYCOTT_SENTENCE =
  'The Syrian Negotiations Commission refused to attend the Astana talks, saying the process undermined the UN-led effort in Geneva.';

interface ParleyWindow {
  __parley: {
    graph: import('graphology').MultiDirectedGraph;
    explorer: { display: { selectedEdge: string | null; path: { nodes: Set<string>; edges: Set<string> } | null } };
  };
}

const parley = <T>(page: Page, read: (p: ParleyWindow['__parley']) => T): Promise<T> =>
  page.evaluate(
    (source) => new Function('p', `return (${source})(p)`)((window as unknown as ParleyWindow).__parley),
    read.toString(),
  ) as Promise<T>;

/** The review row of a relation, by its label ("Source —TYPE→ Target"). */
const relationRow = (page: Page, label: string) =>
  page.locator('#panel-articles .review-relation', { has: page.locator('.relation-label', { hasText: label }) });

describe('add article (headless Chromium)', () => {
  let harness: Harness;
  let driver: Driver;
  let snapshot: GraphSnapshot;

  beforeAll(async () => {
    harness = await startHarness();
    driver = openDriver();
    snapshot = await takeSnapshot(driver);
  });

  afterAll(async () => {
    if (driver && snapshot) await restoreSnapshot(driver, snapshot);
    await driver?.close();
    await harness?.close();
  });

  it('refuses to preview an empty text and counts characters against the limit', async () => {
    const page = await openExplorer(harness, '?panel=articles');
    await expect(page.locator('#panel-articles').isVisible()).resolves.toBe(true);
    await page.click('#panel-articles button[type=submit]');
    await expect(page.locator('#panel-articles .form-status [role=alert]').textContent()).resolves.toContain(
      'Paste or drop',
    );
    await page.fill('#article-text', 'Russia hosted the talks.');
    await expect(page.locator('#article-count').textContent()).resolves.toBe('24 / 200,000 characters');
    await page.context().close();
  });

  it(
    'previews, reviews, adds the kept part and shows it in the graph with its evidence',
    { timeout: 150_000 },
    async () => {
      const page = await openExplorer(harness);
      page.setDefaultTimeout(8_000);
      await page.click('#tab-articles');
      await page.fill('#article-text', TEXT);
      await page.fill('#article-title', 'Astana talks open without the main opposition');
      await page.fill('#article-published', '2018-03-14');
      await page.fill('#article-url', 'https://example.org/astana-2018-03-14');
      await page.fill('#article-outlet', 'Parley Test Wire');
      await page.click('#panel-articles button[type=submit]');

      // The review: warnings, dropped lines, highlighted sentences, badges.
      const panel = page.locator('#panel-articles');
      // The first preview starts the parser's JVM (10-30 s on this machine).
      await panel.locator('.review').waitFor({ timeout: 90_000 });
      await expect(panel.locator('.warnings').textContent()).resolves.toContain('2254');
      await expect(panel.locator('.dropped summary').textContent()).resolves.toMatch(
        /^\d+ lines? dropped as not part of the report$/,
      );
      await expect(panel.locator('.dropped li').allTextContents()).resolves.toContain(
        'More news: Oil prices climb as markets steady',
      );
      const marks = await panel.locator('.article-text mark').allTextContents();
      expect(marks).toContain(BOYCOTT_SENTENCE);
      expect(marks.some((mark) => mark.includes('More news'))).toBe(false);
      await expect(
        panel
          .locator('.review li', { hasText: 'Syrian Negotiations Commission' })
          .locator('.badge')
          .first()
          .textContent(),
      ).resolves.toBe('in graph');

      // Hovering a relation lights its sentence in the text.
      const boycott = relationRow(page, 'Syrian Negotiations Commission —BOYCOTTS→ Astana talks');
      await boycott.hover();
      await expect(panel.locator('.article-text mark.active').textContent()).resolves.toBe(BOYCOTT_SENTENCE);

      // A list that fits on one page has no pager.
      await expect(panel.locator('.pager:visible').count()).resolves.toBe(0);

      // Each sentence says what its report carries: here, the day the round opened ("on Wednesday").
      await expect(
        relationRow(page, 'Astana talks —HELD_IN→ Astana').locator('.review-report').allTextContents(),
      ).resolves.toContain('happened 2018-03-14');

      // Untick a relation, and an entity (its relations are unticked and disabled with it).
      const attends = relationRow(page, 'Staffan de Mistura —ATTENDS→ Astana talks');
      await attends.locator('input[type=checkbox]').uncheck();
      await panel.locator('.entity-review label', { hasText: 'Kairat Abdrakhmanov' }).locator('input').uncheck();
      const represents = relationRow(page, 'Kairat Abdrakhmanov —REPRESENTS→ Kazakhstan').locator('input');
      await expect(represents.isChecked()).resolves.toBe(false);
      await expect(represents.isDisabled()).resolves.toBe(true);
      const total = await panel.locator('.review-relation').count();
      // The summary counts facts as the list does, not the sentences behind them.
      await expect(panel.locator('.review-summary').textContent()).resolves.toContain(
        `and ${total} relations proposed`,
      );
      const add = panel.locator('button.add-article');
      await expect(add.textContent()).resolves.toBe(`Add to graph (${total - 2} relations)`);
      await boycott.scrollIntoViewIfNeeded();
      await screenshot(page, 'add-article-review');

      // Add: a double click sends one request.
      let posts = 0;
      page.on('request', (request) => {
        if (
          request.method() === 'POST' &&
          request.url().includes('/api/articles') &&
          !request.url().includes('dryRun=true')
        )
          posts += 1;
      });
      await add.dblclick();
      await panel.locator('.added-relations').waitFor();
      await expect(panel.locator('.status-info').first().textContent()).resolves.toMatch(
        /^Added \d+ new entit(y|ies), \d+ new relations? and \d+ new reports? of (a )?known facts?\.$/,
      );
      await page.waitForFunction((edge) => (window as unknown as ParleyWindow).__parley.graph.hasEdge(edge), BOYCOTT, {
        timeout: 10_000,
      });
      expect(posts).toBe(1);
      const state = await parley(page, (p) => ({
        edges: p.graph.edges(),
        nodes: p.graph.nodes(),
        highlighted: p.explorer.display.path ? [...p.explorer.display.path.edges] : [],
      }));
      expect(state.edges).toEqual(expect.arrayContaining([BOYCOTT, HELD_IN]));
      expect(state.edges).not.toContain(ATTENDS);
      expect(state.edges).not.toContain(REPRESENTS);
      expect(state.nodes).not.toContain('kairat-abdrakhmanov');
      expect(state.highlighted).toEqual(expect.arrayContaining([BOYCOTT, HELD_IN]));
      expect(state.nodes).toEqual(expect.arrayContaining(['russia', 'syrian-national-dialogue-congress']));

      // The details of the new edge cite its sentence and this article.
      await panel.locator(`.added-relations button[data-edge="${BOYCOTT}"]`).click();
      const details = page.locator('#panel-details');
      await details.locator('blockquote').first().waitFor();
      await expect(details.locator('blockquote').allTextContents()).resolves.toContain(BOYCOTT_SENTENCE);
      await expect(details.locator('cite').allTextContents()).resolves.toEqual(
        expect.arrayContaining([expect.stringContaining('Astana talks open without the main opposition')]),
      );
      await page.click('#tab-articles');
      await screenshot(page, 'add-article');
      await page.context().close();
    },
  );
});
