import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { cspViolations, launchBrowser, openPage } from "./browser";

/**
 * One Chromium for a test file: launched before its tests, closed after. `open(path)` loads a
 * page of the app under test and collects its console errors; the file fails if any page reported
 * a Content-Security-Policy violation.
 */
export function useBrowser(base: string) {
  let ctx: BrowserContext | undefined;
  beforeAll(async () => {
    ctx = await launchBrowser();
  });
  afterAll(async () => {
    const seen = ctx ? [...cspViolations(ctx)] : [];
    await ctx?.close();
    expect(seen, "Content-Security-Policy violations").toEqual([]);
  });
  const context = () => {
    if (!ctx) throw new Error("browser not launched yet");
    return ctx;
  };
  return { context, open: (path: string, viewport?: { width: number; height: number }) => openPage(context(), base + path, viewport) };
}
