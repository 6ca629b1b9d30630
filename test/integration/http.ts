/**
 * HTTP test helper.
 *
 * Serves the real express app on a free loopback port and gives tests `get` and `post` that
 * return status and parsed JSON.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from '../../src/api/app.ts';
import { loadConfig } from '../../src/config.ts';

export interface TestServer {
  url: string;
  get(path: string): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  post(path: string, body: unknown, raw?: boolean): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

export async function serve(
  options: Omit<AppOptions, 'config'> & { config?: AppOptions['config'] },
): Promise<TestServer> {
  const app = createApp({ config: loadConfig(), ...options });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const parse = async (response: Response) => ({ status: response.status, body: await response.json() });
  return {
    url,
    get: async (path) => parse(await fetch(url + path)),
    post: async (path, body, raw = false) =>
      parse(
        await fetch(url + path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: raw ? String(body) : JSON.stringify(body),
        }),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
