import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { coverage, REQUIRED, routesFromManifest, type Route } from "../support/fuzz/routes";
import { fuzzRoute } from "../support/fuzz/run";

// Generated query strings (fixed seed, so a failure reproduces) against every route of the build:
// never a 5xx, every JSON 4xx names its parameter, views answer 200/404. The full 10,000-per-route
// run is `npm run bench:fuzz`.
const COUNT = 150;
const SEED = 20230101;
const baseUrl = inject("baseUrl");

function builtRoutes(): string[] {
  const manifest = path.join(process.env.NEXT_DIST_DIR || ".next", "app-path-routes-manifest.json");
  return routesFromManifest(JSON.parse(fs.readFileSync(manifest, "utf8")) as Record<string, string>);
}

const { routes, missing } = coverage(builtRoutes());
if (missing.length) console.log(`fuzz: not in this build yet, skipped: ${missing.join(", ")}`);

describe("fuzzed query strings", () => {
  it("covers the required routes at least", () => {
    for (const p of REQUIRED) expect(routes.map((r) => r.pattern)).toContain(p);
  });

  it.each(routes.map((r): [string, Route] => [r.pattern, r]))("%s: no 5xx, 4xx name the parameter", async (_, route) => {
    const r = await fuzzRoute(baseUrl, route, { count: COUNT, seed: SEED, concurrency: 4 });
    const shown = r.failures.slice(0, 5).map((f) => `${f.reason.slice(0, 300)}\n  ${f.url.length > 400 ? `${f.url.slice(0, 400)}…` : f.url}\n  ${f.body.slice(0, 200)}`);
    expect(shown, `${r.failures.length} of ${r.count} broke the contract`).toEqual([]);
    expect(r.count).toBe(COUNT);
  });

  it("rejects a known bad request with the parameter named (the check itself works)", async () => {
    const res = await fetch(`${baseUrl}/api/v1/evals?task=${encodeURIComponent("' OR 1=1 --")}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { param: string; message: string } };
    expect(body.error.param).toBe("task");
    expect(body.error.message).toContain("task");
  });

  it("answers malformed percent-encoding in a path segment without a 5xx", async () => {
    for (const seg of ["%E0%A4%A", "%ZZ", "a%2Fb", "%00"]) {
      const res = await fetch(`${baseUrl}/api/v1/models/${seg}`);
      expect(res.status, seg).toBeGreaterThanOrEqual(400);
      expect(res.status, seg).toBeLessThan(500);
    }
  });
});
