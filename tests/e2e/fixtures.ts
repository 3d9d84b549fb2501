/**
 * Every browser test runs with these checks: no uncaught error, no console
 * error we did not expect, no dialog (alert/confirm: a sign of injected
 * script), and no request to any origin but the app's own.
 */
import { test as base, expect } from '@playwright/test';

/** Console errors a test path may produce on purpose: a missing translation or image is a 404. */
const EXPECTED_CONSOLE = [/Failed to load resource: the server responded with a status of 404/];

export const test = base.extend<{ expectedConsole: RegExp[]; guard: void }>({
  expectedConsole: [[], { option: true }],
  guard: [
    async ({ page, baseURL, expectedConsole }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (![...EXPECTED_CONSOLE, ...expectedConsole].some((pattern) => pattern.test(text))) {
          problems.push(`console: ${text}`);
        }
      });
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`request elsewhere: ${url}`);
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
