import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, openPage } from "./browser";

/**
 * One Chromium for a test file: launched before its tests, closed after. `open(path)` loads a
 * page of the app under test and collects its console errors.
 */
export function useBrowser(base: string) {
  let ctx: BrowserContext | undefined;
  beforeAll(async () => {
    ctx = await launchBrowser();
  });
  afterAll(async () => {
    await ctx?.close();
  });
  const context = () => {
    if (!ctx) throw new Error("browser not launched yet");
    return ctx;
  };
  return { context, open: (path: string, viewport?: { width: number; height: number }) => openPage(context(), base + path, viewport) };
}
