import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const violations = new WeakMap<BrowserContext, string[]>();

/**
 * Debian's Chromium, headless, in a fresh profile, without background networking. Every frame of
 * every page reports Content-Security-Policy violations (`securitypolicyviolation`): as a console
 * error (so a test's `errors` holds it) and in `cspViolations(ctx)`, which useBrowser checks after
 * each test file.
 */
export async function launchBrowser(): Promise<BrowserContext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chromium-profile-"));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: EXECUTABLE,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const seen: string[] = [];
  violations.set(ctx, seen);
  await ctx.exposeBinding("__reportCspViolation", ({ frame }, text: string) => void seen.push(`${frame.url()}: ${text}`));
  await ctx.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const text = `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`;
      console.error(text);
      (window as unknown as { __reportCspViolation?: (t: string) => void }).__reportCspViolation?.(text);
    });
  });
  return ctx;
}

/** CSP violations any page of this browser has reported so far. */
export function cspViolations(ctx: BrowserContext): readonly string[] {
  return violations.get(ctx) ?? [];
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(ctx: BrowserContext, url: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const page = await ctx.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}
