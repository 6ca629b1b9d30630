/**
 * Time explorer end to end.
 *
 * Issue 10's explorer scenarios in headless Chromium against the real server and the seeded
 * Neo4j (the curated graph of the article of 28 Jan 2018), plus two short reports written for
 * this test and ingested through the API's preview-then-commit flow (the one the "Add article"
 * panel uses): one of 27 Jan saying Iran attended the Vienna talks (per Iranian state media,
 * in the Tehran Times), one of 29 Jan in which de Mistura says it did not (Reuters). The time
 * slider's window 20-26 Jan keeps the preliminary meeting and the Vienna talks, not the
 * congress, and nothing moves; "as of" 27 Jan shows nothing from the article of 28 Jan; the
 * Disagreements panel opens the contradiction with both sides; the SNC's boycott shows who said
 * it and when. Each leaves a screenshot in test-results/e2e/. The database is put back as found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { openExplorer, screenshot, startHarness, type Harness } from './harness.ts';
import { openDriver, restoreSnapshot, takeSnapshot, type GraphSnapshot } from '../support/graph-snapshot.ts';

const CONGRESS = 'syrian-national-dialogue-congress';
const BOYCOTT = `syrian-negotiations-commission:BOYCOTTS:${CONGRESS}`;
const IRAN_ATTENDS = 'iran:ATTENDS:vienna-talks';
const SEED_DAY = '2018-01-28';
const REPORTS = [
  {
    text: 'Iran attended the Vienna talks on January 26, according to Iranian state media.',
    title: 'Iran at the Vienna talks',
    published: '2018-01-27',
    outlet: 'Tehran Times',
  },
  {
    text: 'Staffan de Mistura said Iran did not attend the Vienna talks on January 26.',
    title: 'No Iranian delegation in Vienna',
    published: '2018-01-29',
    outlet: 'Reuters',
  },
];

interface ParleyWindow {
  __parley: {
    graph: import('graphology').MultiDirectedGraph;
    store: { edges: Map<string, { firstReported?: string | null }> };
    sigma: import('sigma').default;
    explorer: {
      display: {
        selectedEdge: string | null;
        filter: { nodes: Set<string>; edges: Set<string> } | null;
      };
    };
  };
}

const parley = <T>(page: Page, read: (p: ParleyWindow['__parley']) => T): Promise<T> =>
  page.evaluate(
    (source) => new Function('p', `return (${source})(p)`)((window as unknown as ParleyWindow).__parley),
    read.toString(),
  ) as Promise<T>;

/** Preview, then commit everything the preview found, as the article panel does. */
async function ingest(url: string, report: (typeof REPORTS)[number]): Promise<void> {
  const post = async (dryRun: boolean, body: unknown) => {
    const response = await fetch(`${url}/api/articles?dryRun=${dryRun}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return (await response.json()) as {
      extraction: { entities: { id: string }[]; relations: unknown[] };
    };
  };
  const preview = await post(true, report);
  await post(false, {
    ...report,
    reviewed: {
      entities: preview.extraction.entities.map((entity) => entity.id),
      relations: preview.extraction.relations.map((_relation, index) => index),
    },
  });
}

/** Drags a slider handle to the left edge (window start) or right edge (window end) of a day. */
async function dragHandle(page: Page, which: 'from' | 'to', day: string): Promise<void> {
  const handle = await page.locator(`.timeline-handle-${which}`).boundingBox();
  const cell = await page.locator(`.timeline-day[data-date="${day}"]`).boundingBox();
  expect(handle && cell, `the slider shows ${day}`).toBeTruthy();
  await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2);
  await page.mouse.down();
  const x = which === 'from' ? cell!.x + 1 : cell!.x + cell!.width - 1;
  await page.mouse.move(x, handle!.y + handle!.height / 2, { steps: 5 });
  await page.mouse.up();
}

describe('time explorer (headless Chromium)', { timeout: 120_000 }, () => {
  let harness: Harness;
  let driver: Driver;
  let snapshot: GraphSnapshot;

  beforeAll(async () => {
    harness = await startHarness();
    driver = openDriver();
    snapshot = await takeSnapshot(driver);
    for (const report of REPORTS) await ingest(harness.url, report);
    const fact = await fetch(`${harness.url}/api/edges/${encodeURIComponent(IRAN_ATTENDS)}`);
    expect(fact.status, 'the two reports make one fact').toBe(200);
    const { edge } = (await fact.json()) as { edge: { evidence: { negated: boolean }[] } };
    expect(edge.evidence.map((report) => report.negated)).toEqual([false, true]);
    // The first preview waits for the parser to start, which takes minutes on a busy machine.
  }, 400_000);

  afterAll(async () => {
    if (driver && snapshot) await restoreSnapshot(driver, snapshot);
    await driver?.close();
    await harness?.close();
  });

  it('the window 20-26 January shows the preliminary meeting and the Vienna talks, not the congress, and nothing moves', async () => {
    const page = await openExplorer(harness);
    await page.locator('.timeline-day').first().waitFor();
    // The first layout has stopped: from here on the time window must move nothing.
    await page.waitForFunction(
      () =>
        !(
          window as unknown as { __parley: { view: { layout: { isRunning(): boolean } } } }
        ).__parley.view.layout.isRunning(),
      null,
      { timeout: 60_000 },
    );
    const before = await parley(page, (p) => p.graph.mapNodes((node, a) => `${node}@${a.x},${a.y}`));
    await dragHandle(page, 'from', '2018-01-20');
    await dragHandle(page, 'to', '2018-01-26');
    await expect(page.locator('.timeline-range').textContent()).resolves.toBe('Events from 2018-01-20 to 2018-01-26');
    expect(new URL(page.url()).searchParams.get('window')).toBe('2018-01-20..2018-01-26');
    const state = await parley(page, (p) => {
      const filter = p.explorer.display.filter!;
      const shown = (node: string) => !filter.nodes.has(node);
      return {
        preliminary: shown('sochi-preliminary-meeting'),
        vienna: shown('vienna-talks'),
        congress: shown('syrian-national-dialogue-congress'),
        congressColor: p.sigma.getNodeDisplayData('syrian-national-dialogue-congress')!.color,
        viennaColor: p.sigma.getNodeDisplayData('vienna-talks')!.color,
        hosts: filter.edges.has('russia:HOSTS:syrian-national-dialogue-congress'),
        positions: p.graph.mapNodes((node, a) => `${node}@${a.x},${a.y}`),
      };
    });
    expect(state.preliminary).toBe(true);
    expect(state.vienna).toBe(true);
    expect(state.congress).toBe(false);
    expect(state.hosts).toBe(true);
    expect(state.congressColor).not.toBe(state.viennaColor);
    expect(state.positions).toEqual(before);
    await expect(page.locator('.timeline-summary').textContent()).resolves.toMatch(
      /^Showing \d+ of \d+ facts; \d+ reports on \d+ facts left out by time/,
    );
    await screenshot(page, 'time-window-20-26-january');
    await page.context().close();
  });

  it('"as of" 27 January shows nothing from the article of 28 January', async () => {
    const page = await openExplorer(harness);
    await page.locator('.timeline-day').first().waitFor();
    await page.check('input[name=time-mode][value=asOf]');
    await dragHandle(page, 'to', '2018-01-27');
    await expect(page.locator('.timeline-range').textContent()).resolves.toBe('As reported by 2018-01-27');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2018-01-27');
    const shown = await parley(page, (p) =>
      p.graph
        .filterEdges((edge) => !p.explorer.display.filter!.edges.has(edge))
        .map((edge) => ({ edge, first: p.store.edges.get(edge)?.firstReported ?? null })),
    );
    expect(shown.map((item) => item.edge)).toContain(IRAN_ATTENDS);
    expect(shown.map((item) => item.edge)).not.toContain(BOYCOTT);
    for (const item of shown) expect(item.first! < SEED_DAY, item.edge).toBe(true);
    await screenshot(page, 'time-as-of-27-january');
    // A shared link restores the same view.
    const shared = await openExplorer(harness, '?asOf=2018-01-27');
    await shared.locator('.timeline-day').first().waitFor();
    await expect(shared.locator('.timeline-range').textContent()).resolves.toBe('As reported by 2018-01-27');
    const hidden = await parley(shared, (p) =>
      p.explorer.display.filter!.edges.has('syrian-negotiations-commission:BOYCOTTS:syrian-national-dialogue-congress'),
    );
    expect(hidden).toBe(true);
    await shared.context().close();
    await page.context().close();
  });

  it('a disagreement between two reports opens with both sides, their outlet, date and speaker', async () => {
    const page = await openExplorer(harness);
    // Drawn distinctly: its own colour and a "(disputed)" label, unlike an edge the sources agree on.
    const [disputed, agreed] = await parley(page, (p) =>
      ['iran:ATTENDS:vienna-talks', 'hossein-jaberi-ansari:ATTENDS:sochi-preliminary-meeting'].map((edge) =>
        p.sigma.getEdgeDisplayData(edge)!,
      ),
    );
    expect(disputed!.label).toContain('(disputed)');
    expect(disputed!.color).not.toBe(agreed!.color);
    expect(disputed!.size).toBeGreaterThan(agreed!.size);
    await page.click('#tab-disagreements');
    const item = page.locator('#panel-disagreements .disagreement', { hasText: 'Iran → Vienna talks' });
    await item.waitFor();
    await item.locator('.disagreement-title').click();
    await page.waitForFunction(
      (id) => (window as unknown as ParleyWindow).__parley.explorer.display.selectedEdge === id,
      IRAN_ATTENDS,
    );
    const sides = page.locator('#panel-details .disagreement .side');
    await sides.nth(1).waitFor();
    await expect(sides.count()).resolves.toBe(2);
    const [affirms, denies] = await sides.allInnerTexts();
    expect(affirms).toContain('Iranian state media');
    expect(affirms).toContain('Tehran Times');
    expect(affirms).toContain('2018-01-27');
    expect(denies).toContain('Staffan de Mistura');
    expect(denies).toContain('Reuters');
    expect(denies).toContain('2018-01-29');
    expect(denies).toContain('denies');
    expect(affirms).not.toContain('denies');
    // The camera frames the two ends: both drawn inside the canvas, clear of the side panel.
    await page.waitForFunction(
      (ends) => {
        const { sigma, graph } = (window as unknown as ParleyWindow).__parley;
        if (sigma.getCamera().isAnimated()) return false;
        const box = sigma.getContainer().getBoundingClientRect();
        const panel = document.getElementById('sidebar')!.getBoundingClientRect();
        return ends.every((node) => {
          const at = sigma.graphToViewport(graph.getNodeAttributes(node) as { x: number; y: number });
          return at.x >= 0 && at.y >= 0 && at.y <= box.height && box.left + at.x <= panel.left;
        });
      },
      ['iran', 'vienna-talks'],
    );
    await screenshot(page, 'time-disagreement');
    await page.context().close();
  });

  it('the details of the SNC boycott show who said it and when', async () => {
    const page = await openExplorer(harness);
    await page.fill('#search-input', 'SNC');
    await page.locator('#search [role=option]', { hasText: 'Syrian Negotiations Commission' }).first().click();
    const boycott = page.locator('#panel-details .relation-group', { hasText: 'BOYCOTTS' });
    const report = boycott.locator('.report', {
      hasText: 'A spokesman for the main opposition said his group will boycott the Sochi conference.',
    });
    await report.waitFor();
    await expect(report.locator('.report-speaker').textContent()).resolves.toContain('SNC spokesman');
    await expect(report.locator('.report-happened').textContent()).resolves.toBe('2018-01-29 – 2018-01-30');
    await expect(report.locator('.report-reported').textContent()).resolves.toBe(SEED_DAY);
    await expect(report.locator('.report-source').textContent()).resolves.toContain(
      'Lavrov, de Mistura discuss Syrian National Dialogue Congress',
    );
    await screenshot(page, 'time-snc-boycott-details');
    await page.context().close();
  });
});
