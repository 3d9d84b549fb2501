/**
 * Debian's Chromium (apt-get install chromium), as the browser tests, the
 * benchmark and the audit launch it: Playwright's own browser download
 * cannot run here, and the flags keep it off the network it would
 * otherwise reach at start-up (updates, sync, QUIC probes).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
