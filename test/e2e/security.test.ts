/**
 * Security end to end (issue 9).
 *
 * A link carrying a console query (`/?cypher=...`) puts the query in the editor and runs
 * nothing until the user does; another page cannot frame Parley; and the app works under its
 * Content-Security-Policy with no violation reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, screenshot, startHarness, type Harness } from './harness.ts';

const QUERY = 'MATCH (a:Actor)-[r:BOYCOTTS]->(m) RETURN a, r, m';

describe('security in the browser', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('shows a query from a link in the editor and runs it only when the user does', async () => {
    const context = await harness.browser.newContext();
    const posted: string[] = [];
    const violations: string[] = [];
    context.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/cypher')) {
        posted.push(String((JSON.parse(request.postData() ?? '{}') as { query?: string }).query));
      }
    });
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        ((window as unknown as { __violations: string[] }).__violations ??= []).push(event.violatedDirective),
      ),
    );
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${harness.url}/?panel=console&cypher=${encodeURIComponent(QUERY)}`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.cypher-editor .cm-content').innerText()).toContain('BOYCOTTS');
    expect(posted).not.toContain(QUERY);
    await screenshot(page, 'security-link-query-not-run');

    await page.getByRole('button', { name: /Run/ }).first().click();
    await page.waitForFunction(() => /row/.test(document.querySelector('#panel-console')?.textContent ?? ''));
    expect(posted).toContain(QUERY);
    violations.push(
      ...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])),
    );
    expect(violations).toEqual([]);
    await context.close();
  });

  it('refuses to be framed by another page', async () => {
    const page = await openExplorer(harness);
    const response = await page.goto(harness.url);
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.goto('about:blank');
    await page.setContent(`<iframe src="${harness.url}/?cypher=${encodeURIComponent(QUERY)}"></iframe>`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame?.waitForLoadState();
    const ready = await frame?.evaluate(() => document.body?.dataset.ready ?? null).catch(() => null);
    expect(ready ?? null).toBeNull();
    await page.context().close();
  });
});
