/**
 * Vite config for the web client.
 *
 * Builds client/ into client/dist (the server builds it on start when stale and serves it at /);
 * `npx vite client` serves it for development with /api proxied to a running `parley serve`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    proxy: { '/api': process.env.PARLEY_API ?? 'http://127.0.0.1:3000' },
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
});
