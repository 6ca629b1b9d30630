/**
 * Client build.
 *
 * Builds the web client (`client/`, Vite) into `client/dist` when the build is missing or older
 * than its sources, so that `npm start` on a fresh clone serves the explorer with no other step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export const CLIENT_DIR = path.join(PROJECT_ROOT, 'client');
export const CLIENT_DIST = path.join(CLIENT_DIR, 'dist');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.endsWith('.test.ts')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function clientBuildIsCurrent(): boolean {
  const built = path.join(CLIENT_DIST, 'index.html');
  if (!fs.existsSync(built)) return false;
  return newestSource(CLIENT_DIR) <= fs.statSync(built).mtimeMs;
}

/** Returns the folder to serve, or undefined when there is no client to build. */
export async function ensureClientBuilt(log: (line: string) => void = () => {}): Promise<string | undefined> {
  if (!fs.existsSync(path.join(CLIENT_DIR, 'index.html'))) return undefined;
  if (clientBuildIsCurrent()) return CLIENT_DIST;
  log('Building the web client...');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ root: CLIENT_DIR, configFile: path.join(CLIENT_DIR, 'vite.config.ts'), logLevel: 'warn' });
  log(`Built the web client in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return CLIENT_DIST;
}
