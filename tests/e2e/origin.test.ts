import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { fillPath } from "../support/fuzz/arbitraries";
import { coverage, routesFromManifest } from "../support/fuzz/routes";
import { BASE_QUERY, SEGMENT_FILL } from "../support/fuzz/values";
import { startServer } from "../support/server";

// Our origin is configured, never taken from a request (a forged Host behind a shared cache would
// otherwise poison everyone's embed snippet). Forged Host / X-Forwarded-* headers go to every route
// of the build; no response may carry them, in its headers or its body.
const baseUrl = inject("baseUrl");
const dbPath = inject("dbPath");
const FORGED = "forged-host.invalid";
const forgedHeaders = { Host: `${FORGED}:8443`, "X-Forwarded-Host": FORGED, "X-Forwarded-Proto": "https", Forwarded: `host=${FORGED};proto=https`, "X-Forwarded-Port": "8443" };

/** GET with exactly these headers (fetch may not set Host; node:http may). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    }).on("error", reject);
  });
}

/** One request per route of the build (dynamic segments filled, base queries pointing at `origin`). */
function everyRoute(origin: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const paths = coverage(routesFromManifest(manifest)).routes.map((r) => {
    const p = fillPath(r.pattern, (n) => SEGMENT_FILL[n] ?? "x");
    const q = BASE_QUERY[r.pattern]?.replace("{origin}", encodeURIComponent(origin));
    return q ? `${p}?${q}` : p;
  });
  // Views with a narrowed slice (a live refit), an embed, a chart image and a 404 page as well.
  return [...paths, "/explore?task=cars&arch=ViT-B-32", "/embed/explore?task=cars&arch=ViT-B-32", "/api/v1/chart.svg?task=cars", "/no-such-page"];
}

const traces = (r: { headers: http.IncomingHttpHeaders; body: string }) => (JSON.stringify(r.headers) + r.body).includes(FORGED);

describe("forged Host and X-Forwarded-* headers", () => {
  it("leave no trace in any response of any route (origin = the listening address)", async () => {
    const paths = everyRoute(baseUrl);
    expect(paths.length).toBeGreaterThan(25);
    const bad: string[] = [];
    const leaks: string[] = [];
    for (const p of paths) {
      const r = await get(baseUrl + p, forgedHeaders);
      expect(r.status, p).toBeGreaterThanOrEqual(200);
      if (traces(r)) bad.push(`${p} (${r.status})`);
      // Error answers (a 503 included) name no absolute filesystem path.
      if (r.status >= 400 && (r.body.includes(process.cwd()) || /(^|[\s"'(])\/(work|tmp|home|root|usr|var)\//.test(r.body))) leaks.push(`${p} (${r.status})`);
    }
    expect(bad).toEqual([]);
    expect(leaks).toEqual([]);
  });

  it("do not change oEmbed's answer: the snippet points at the listening address", async () => {
    const q = `/api/oembed?url=${encodeURIComponent(`${baseUrl}/explore?task=cars`)}`;
    const r = await get(baseUrl + q, forgedHeaders);
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body) as { html: string; provider_url: string };
    expect(body.provider_url).toBe(`${baseUrl}/`);
    expect(body.html).toContain(`src="${baseUrl}/embed/explore?task=cars`);
    // A URL of the forged host is not ours.
    expect((await get(`${baseUrl}/api/oembed?url=${encodeURIComponent(`https://${FORGED}/explore`)}`, forgedHeaders)).status).toBe(404);
  });
});

describe("SCALING_PUBLIC_ORIGIN and SCALING_TRUST_PROXY", () => {
  const PUBLIC = "https://clip-scaling.example.org";
  let pub: Awaited<ReturnType<typeof startServer>>;
  let proxied: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    pub = await startServer(dbPath, undefined, { SCALING_PUBLIC_ORIGIN: PUBLIC, SCALING_TRUST_PROXY: "1" });
    proxied = await startServer(dbPath, undefined, { SCALING_TRUST_PROXY: "1" });
  });
  afterAll(async () => {
    await pub?.stop();
    await proxied?.stop();
  });

  it("SCALING_PUBLIC_ORIGIN is the origin of oEmbed answers, embed links and discovery links, whatever the headers say", async () => {
    const o = await get(`${pub.url}/api/oembed?url=${encodeURIComponent(`${PUBLIC}/explore?task=cars`)}`, forgedHeaders);
    expect(o.status).toBe(200);
    const body = JSON.parse(o.body) as { html: string; provider_url: string; thumbnail_url: string };
    expect(body.provider_url).toBe(`${PUBLIC}/`);
    expect(body.html).toContain(`src="${PUBLIC}/embed/explore?task=cars`);
    expect(body.thumbnail_url.startsWith(`${PUBLIC}/api/v1/chart.png?`)).toBe(true);
    const embed = await get(`${pub.url}/embed/explore?task=cars`, forgedHeaders);
    expect(embed.body).toContain(`href="${PUBLIC}/explore?task=cars"`);
    expect(embed.body).toContain(`href="${PUBLIC}/api/oembed?url=`);
    const page = await get(`${pub.url}/explore?task=cars`, forgedHeaders);
    expect(page.body).toContain(`${PUBLIC}/api/oembed?url=`);
    expect(page.body).toContain(JSON.stringify(PUBLIC).slice(1, -1)); // handed to the toolbar
    for (const r of [o, embed, page]) expect(traces(r)).toBe(false);
    // Its own listening address is not "this site" any more.
    expect((await get(`${pub.url}/api/oembed?url=${encodeURIComponent(`${pub.url}/explore`)}`)).status).toBe(404);
  });

  it("with SCALING_TRUST_PROXY=1 and no public origin, X-Forwarded-Host/-Proto name the origin; Host never does", async () => {
    const via = (h: Record<string, string>) => get(`${proxied.url}/api/oembed?url=${encodeURIComponent("https://clip.proxy.example/explore")}`, h);
    const r = await via({ "X-Forwarded-Host": "clip.proxy.example", "X-Forwarded-Proto": "https" });
    expect(r.status).toBe(200);
    expect((JSON.parse(r.body) as { provider_url: string }).provider_url).toBe("https://clip.proxy.example/");
    expect((await via({ Host: "clip.proxy.example" })).status).toBe(404);
  });
});
