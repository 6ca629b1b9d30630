/**
 * Chromium.
 *
 * Where Debian's Chromium is and the flags it needs here (headless as root, no GPU, and no
 * background traffic, which this machine's closed network refuses). Shared by the browser tests
 * and the client benchmark.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
