import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { COMPARE_DEFAULTS } from "../url-state/compare";
import { CURVES_DEFAULTS } from "../url-state/learning-curves";
import { TASKS_DEFAULTS } from "../url-state/tasks";
import { embedUrl, fitSize, iframeSnippet } from "./embed";
import { COMPARE_DEFAULTS_LITE, CURVES_DEFAULTS_LITE, TASKS_DEFAULTS_LITE, pinnedChartQuery } from "./view-meta";
import { oembedResponse, parseOembedRequest } from "./oembed";
import { siteOrigin } from "./origin";
import { REPORT_VIEWS } from "./views";

const origin = "https://clip.example";
const explore = REPORT_VIEWS.explore;

function state(q: string) {
  const p = explore.parse(new URLSearchParams(q));
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.state;
}

describe("pinned URLs", () => {
  it("spell out the method even when default, and add the data version", () => {
    const q = new URLSearchParams(pinnedChartQuery("explore", "arch=ViT-B-32", "abc123")!);
    expect(q.get("arch")).toBe("ViT-B-32");
    expect(q.get("method")).toBe(state("").method);
    expect(q.get("v")).toBe("abc123");
  });
  it("are accepted back by the view (output parameters are not view state)", () => {
    const pinned = pinnedChartQuery("explore", explore.query(state("task=cars&x=samples")), "abc123")!;
    const url = new URL(embedUrl(origin, "explore", pinned, { width: 640, height: 400 }, "dark"));
    expect(url.pathname).toBe("/embed/explore");
    expect(explore.parse(url.searchParams).ok).toBe(true);
    expect(url.searchParams.get("theme")).toBe("dark");
  });
  it("embed /compare as its chart task with both groups' laws; tables have no chart", () => {
    const q = new URLSearchParams(pinnedChartQuery("compare", "a=LAION-80M&task=cars", "abc123")!);
    expect(Object.fromEntries(q)).toEqual({ task: "cars", groups: "LAION-80M,LAION-2B", method: COMPARE_DEFAULTS.method, v: "abc123" });
    expect(explore.parse(q).ok).toBe(true);
    expect(pinnedChartQuery("models", "", "abc123")).toBeNull();
    expect(pinnedChartQuery("tasks", "", "abc123")).toBeNull();
  });
  it("use the url-state schemas' defaults (the browser copy has no zod)", () => {
    expect(COMPARE_DEFAULTS_LITE).toEqual({ a: COMPARE_DEFAULTS.a, b: COMPARE_DEFAULTS.b, method: COMPARE_DEFAULTS.method, task: COMPARE_DEFAULTS.task });
    expect(TASKS_DEFAULTS_LITE.method).toBe(TASKS_DEFAULTS.method);
    expect(CURVES_DEFAULTS_LITE).toEqual({ x: CURVES_DEFAULTS.x, y: CURVES_DEFAULTS.y });
  });
});

describe("iframeSnippet", () => {
  it("escapes the source and title", () => {
    const html = iframeSnippet(`${origin}/embed/explore?a=1&b="x"`, { width: 600, height: 400 }, `<b>"T"</b>`);
    expect(html).toBe(`<iframe src="${origin}/embed/explore?a=1&amp;b=&quot;x&quot;" width="600" height="400" title="&lt;b&gt;&quot;T&quot;&lt;/b&gt;" loading="lazy" style="border:0;max-width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>`);
  });
});

describe("fitSize", () => {
  it("keeps the 8:5 default and shrinks to the maxima", () => {
    expect(fitSize()).toEqual({ width: 800, height: 500 });
    expect(fitSize(400)).toEqual({ width: 400, height: 250 });
    expect(fitSize(undefined, 250)).toEqual({ width: 400, height: 250 });
    expect(fitSize(1000, 1000)).toEqual({ width: 800, height: 500 });
  });
});

describe("oEmbed requests", () => {
  const req = (q: Record<string, string>) => parseOembedRequest(new URLSearchParams(q), origin);
  const status = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof AppError ? e.status : -1;
    }
    return 200;
  };
  it("404 for other sites and views that do not embed, 400 for bad values, 501 for XML", () => {
    expect(status(() => req({ url: "https://evil.example/explore" }))).toBe(404);
    expect(status(() => req({ url: `${origin}/models` }))).toBe(404);
    expect(status(() => req({ url: `${origin}/embed/compare` }))).toBe(404);
    expect(status(() => req({ url: `${origin}/compare?task=cars` }))).toBe(200);
    expect(status(() => req({ url: `${origin}/explore?bogus=1` }))).toBe(404);
    expect(status(() => req({ url: "not a url" }))).toBe(400);
    expect(status(() => req({ url: `${origin}/explore`, maxwidth: "-3" }))).toBe(400);
    expect(req({ url: `${origin}/explore`, format: "xml" }).notImplemented).toBe(true);
  });
  it("builds a rich response within maxwidth/maxheight, pinned to the served version", () => {
    const r = req({ url: `${origin}/explore?task=cars`, maxwidth: "500" });
    if (r.notImplemented) throw new Error("unexpected");
    const o = oembedResponse(origin, r, "feedbeef");
    expect(o).toMatchObject({ version: "1.0", type: "rich", width: 500, height: 313, provider_url: `${origin}/` });
    expect(o.html).toContain(`src="${origin}/embed/explore?task=cars&amp;method=`);
    expect(o.html).toContain("v=feedbeef");
  });
});

describe("siteOrigin", () => {
  const forged = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
  const listening = { __NEXT_PRIVATE_ORIGIN: "http://127.0.0.1:4312", PORT: "4312" };
  it("is SCALING_PUBLIC_ORIGIN when set, whatever the request says", () => {
    expect(siteOrigin(forged, { SCALING_PUBLIC_ORIGIN: "https://clip-scaling.example.org/", ...listening })).toBe("https://clip-scaling.example.org");
    expect(siteOrigin(forged, { SCALING_PUBLIC_ORIGIN: "https://clip-scaling.example.org", SCALING_TRUST_PROXY: "1" })).toBe("https://clip-scaling.example.org");
  });
  it("is the listening address when unset, ignoring Host and X-Forwarded-*", () => {
    expect(siteOrigin(forged, listening)).toBe("http://127.0.0.1:4312");
    expect(siteOrigin(forged, { PORT: "8080" })).toBe("http://localhost:8080");
    expect(siteOrigin(undefined, {})).toBe("http://localhost:3000");
  });
  it("reads X-Forwarded-Host/-Proto only with SCALING_TRUST_PROXY=1, and never a malformed one", () => {
    expect(siteOrigin(forged, { ...listening, SCALING_TRUST_PROXY: "1" })).toBe("https://evil.example");
    expect(siteOrigin(new Headers({ "x-forwarded-host": 'x"><script>' }), { ...listening, SCALING_TRUST_PROXY: "1" })).toBe("http://127.0.0.1:4312");
    expect(siteOrigin(new Headers({ host: "evil.example" }), { ...listening, SCALING_TRUST_PROXY: "1" })).toBe("http://127.0.0.1:4312");
  });
  it("rejects a SCALING_PUBLIC_ORIGIN that is not an origin, naming the variable", () => {
    for (const bad of ["clip.example", "https://clip.example/path", "ftp://clip.example", "https://u:p@clip.example"]) {
      expect(() => siteOrigin(undefined, { SCALING_PUBLIC_ORIGIN: bad })).toThrow(/SCALING_PUBLIC_ORIGIN/);
    }
  });
});
