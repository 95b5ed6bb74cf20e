import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../support/use-browser";

const base = inject("baseUrl");
const { open } = useBrowser(base);

// Every view offers downloads of exactly what it shows: its .csv twin with the same query.
const VIEWS = [
  ["/explore", "task=cars&arch=ViT-B-32"],
  ["/tasks", "sort=alpha&dir=desc"],
  ["/compare", "a=LAION-80M&b=CLIP-WIT"],
  ["/models", "arch=ViT-L-14"],
  ["/learning-curves", "upstream=LAION-2B"],
] as const;

describe("report toolbar on every view", () => {
  for (const [path, query] of VIEWS) {
    it(`${path}: Download CSV / JSON point at the view's twins with the same filters`, async () => {
      const { page, errors } = await open(`${path}?${query}`);
      const csv = await page.locator("a.report-button", { hasText: "Download CSV" }).getAttribute("href");
      const json = await page.locator("a.report-button", { hasText: "JSON" }).getAttribute("href");
      const want = new URLSearchParams(query);
      for (const [href, ext] of [[csv, "csv"], [json, "json"]] as const) {
        const u = new URL(href!, base);
        expect(u.pathname).toBe(`${path}.${ext}`);
        expect([...u.searchParams].sort()).toEqual([...want].sort());
        const r = await fetch(u);
        expect(r.status).toBe(200);
        expect(r.headers.get("content-type")).toMatch(ext === "csv" ? /^text\/csv/ : /^application\/json/);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
