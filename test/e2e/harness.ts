/**
 * E2E harness.
 *
 * Starts the real app in-process (API + built client) against the run's Neo4j (see
 * test/global-setup.ts), seeded, and a headless Debian Chromium through playwright-core with a
 * fresh profile. `openExplorer` loads a URL and waits until the client says it is ready;
 * `screenshot` keeps an image of each scenario in test-results/e2e/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openDatabase } from '../../src/db/connect.ts';
import type { Database } from '../../src/db/database.ts';
import { loadConfig, PROJECT_ROOT } from '../../src/config.ts';
import { createApp } from '../../src/api/app.ts';
import { ensureClientBuilt } from '../../src/api/client-build.ts';
import { prepareDatabase } from '../../src/server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium.ts';

export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

export interface Harness {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const db: Database = openDatabase(inject('neo4jUri'), {
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE,
  });
  if (!(await prepareDatabase(db, () => {}))) throw new Error('e2e: Neo4j is not answering');
  const clientDir = await ensureClientBuilt();
  if (!clientDir) throw new Error('e2e: no client to serve (client/index.html missing)');
  const app = createApp({ db, config: loadConfig(), clientDir });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/** A fresh context (own localStorage) at 1280x800, loaded and ready. */
export async function openExplorer(
  harness: Harness,
  search = '',
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const context = await harness.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${harness.url}/${search}`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 20_000 });
  if (errors.length > 0) throw new Error(`e2e: the page threw: ${errors.join('; ')}`);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
