import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { cspViolations, launchBrowser } from "../support/browser";

const base = inject("baseUrl");
const get = async (p: string) => {
  const r = await fetch(base + p);
  const bytes = new Uint8Array(await r.arrayBuffer());
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { status: r.status, headers: r.headers, bytes, text, json: () => JSON.parse(text) };
};

/** Strict RFC 4180 reader written for this test: CRLF record ends, "" escapes, no stray quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quote");
        if (text[i] === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== "," && text[i] !== "\r") throw new Error(`junk after quote at ${i}`);
    } else if (text[i] === ",") {
      record.push(field); field = ""; i++;
    } else if (text[i] === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      record.push(field); records.push(record); field = ""; record = []; i += 2;
    } else if (text[i] === "\n") {
      throw new Error(`bare LF at ${i}`);
    } else {
      field += text[i++];
    }
  }
  if (field !== "" || record.length) throw new Error("missing final CRLF");
  return records;
}

/** A CSV cell compared with the JSON value: numbers bit-identical, null ↔ empty, text as is. */
function expectCell(cell: string, value: unknown, where: string): void {
  if (value === null) expect(cell, where).toBe("");
  else if (typeof value === "number") expect(Object.is(Number(cell), value), `${where}: ${cell} vs ${value}`).toBe(true);
  else expect(cell, where).toBe(String(value));
}

function expectCsvEqualsRows(csv: string, rows: Record<string, unknown>[]): string[] {
  const [header, ...records] = parseCsv(csv);
  expect(records).toHaveLength(rows.length);
  records.forEach((rec, i) => header!.forEach((col, k) => expectCell(rec[k]!, rows[i]![col], `row ${i} ${col}`)));
  return header!;
}

const SLICE = "task=imagenet1k&arch=ViT-B-32";

describe("download twins of /explore", () => {
  it("CSV and JSON hold exactly the rows /api/v1/evals gives for the same filters", async () => {
    const api = (await get(`/api/v1/evals?${SLICE}`)).json().rows as Record<string, unknown>[];
    expect(api.length).toBeGreaterThan(3);
    const json = await get(`/explore.json?${SLICE}`);
    expect(json.status).toBe(200);
    expect(json.json().rows).toEqual(api);
    const csv = await get(`/explore.csv?${SLICE}`);
    expect(csv.status).toBe(200);
    const header = expectCsvEqualsRows(csv.text, api);
    expect(header).toEqual(Object.keys(api[0]!));
  });

  it("the streamed /api/v1/evals CSV equals its JSON, whole table and slices", async () => {
    for (const q of ["", "task=cars&arch=ViT-B-32,ViT-L-14", "model=openai-ViT-B-32"]) {
      const api = (await get(`/api/v1/evals?${q}`)).json().rows as Record<string, unknown>[];
      const csv = await get(`/api/v1/evals?${q}&format=csv`);
      expect(csv.headers.get("link")).toContain('rel="describedby"');
      expectCsvEqualsRows(csv.text, api);
    }
    expect((await get("/api/v1/evals?format=csv&arch=nope")).status).toBe(400);
  });

  it("other slices too, including repeated and comma-separated filters", async () => {
    for (const q of ["task=cars&upstream=LAION-2B,CLIP-WIT", "task=imagenet1k&samples_seen=13B&samples_seen=34B&arch=ViT-L-14", "task=flickr30k"]) {
      const api = (await get(`/api/v1/evals?${q}`)).json().rows as Record<string, unknown>[];
      expectCsvEqualsRows((await get(`/explore.csv?${q}`)).text, api);
      expect((await get(`/explore.json?${q}`)).json().rows).toEqual(api);
    }
  });

  it("names the file, declares UTF-8, starts with the header line and links its metadata", async () => {
    const r = await get(`/explore.csv?${SLICE}`);
    expect(r.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="explore_imagenet1k_arch-ViT-B-32_\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(r.text.slice(0, r.text.indexOf("\r\n"))).toBe("model,model_name,arch,upstream,samples_seen,samples_seen_pretty,gmacs_per_sample,total_gmacs,task,task_type,acc1,acc5,mean_per_class_recall,image_retrieval_recall@5,text_retrieval_recall@5,mean_average_precision,metric,error,source_line");
    expect(r.bytes[0]).toBe("m".charCodeAt(0)); // no BOM, no comment line
    const link = r.headers.get("link")!;
    const m = /^<([^>]+)>; rel="describedby"; type="application\/json"$/.exec(link);
    expect(m).not.toBeNull();
    const meta = (await get(m![1]!)).json().meta;
    expect(meta.source_repo).toBe("LAION-AI/scaling-laws-openclip");
    expect(meta.source_commit).toMatch(/^[0-9a-f]{40}$/);
    expect(meta.files).toHaveLength(4);
    for (const f of meta.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(meta.data_version).toMatch(/^[0-9a-f]+$/);
    expect(Date.parse(meta.ingested_at)).not.toBeNaN();
    expect(meta.fit.method).toBe(meta.state.method);
    expect(meta.fit.parameters).toMatchObject({ resamples: 1000, interval: 0.95 });
    expect(meta.state).toMatchObject({ task: "imagenet1k", arch: ["ViT-B-32"] });
    const bom = await get(`/explore.csv?${SLICE}&bom=1`);
    expect([...bom.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("exports the fits the view draws: group fits, plus the refit of a narrowed slice", async () => {
    const whole = (await get("/explore.json")).json();
    expect(whole.fits.map((f: { group: string }) => f.group)).toEqual(["LAION", "CLIP-WIT"]);
    const narrowed = (await get(`/explore.json?${SLICE}`)).json();
    expect(narrowed.fits.map((f: { group: string }) => f.group)).toEqual(["LAION", "CLIP-WIT", "slice"]);
    // The same estimator through the public refit API gives the same numbers.
    expect(narrowed.fits[2].status).toBe("ok");
    const refit = (await get(`/api/v1/fit?${SLICE}&method=${narrowed.fits[2].method}`)).json().rows[0];
    expect(narrowed.fits[2]).toEqual(refit);
    const csv = await get(`/explore.csv?${SLICE}&table=fits`);
    expect(csv.headers.get("content-disposition")).toMatch(/filename="explore_imagenet1k_arch-ViT-B-32_fits_\d{4}-\d{2}-\d{2}\.csv"/);
    type Ci = number[] | null | undefined;
    const flat = narrowed.fits.map(({ slope_ci, coefficient_ci, e_inf_ci, ...f }: Record<string, unknown> & { slope_ci: Ci; coefficient_ci: Ci; e_inf_ci: Ci }) => ({
      ...f, slope_ci_lo: slope_ci?.[0] ?? null, slope_ci_hi: slope_ci?.[1] ?? null, coefficient_ci_lo: coefficient_ci?.[0] ?? null, coefficient_ci_hi: coefficient_ci?.[1] ?? null,
      e_inf_ci_lo: e_inf_ci?.[0] ?? null, e_inf_ci_hi: e_inf_ci?.[1] ?? null,
    }));
    expectCsvEqualsRows(csv.text, flat);
    // Negative slopes stay numbers: no formula-guard quote in front of a number.
    expect(csv.text).toMatch(/,-0\.\d+,/);
    expect(csv.text).not.toMatch(/'-\d/);
    expect((await get("/explore.json?x=samples")).json().fits).toEqual([]);
  });

  it("never lets a text cell start like a formula, while numbers keep their sign", async () => {
    for (const p of ["/api/v1/evals?format=csv", "/api/v1/fits?format=csv", "/compare.csv", "/models.csv", "/tasks.csv?table=fits"]) {
      const r = await get(p);
      expect(r.status, p).toBe(200);
      for (const rec of parseCsv(r.text)) {
        for (const cell of rec) if (/^[=+\-@\t\r]/.test(cell)) expect(Number.isFinite(Number(cell)), `${p}: ${cell}`).toBe(true);
      }
    }
  });

  it("answers a bad parameter with a 400 JSON naming it", async () => {
    for (const [q, param] of [["arch=ViT-Z-99", "arch"], ["task=nope", "task"], ["foo=1", "foo"], ["x=sideways", "x"], ["width=300", "width"], ["table=everything", "table"]] as const) {
      for (const ext of ["csv", "json"]) {
        const r = await get(`/explore.${ext}?${q}`);
        if (ext === "json" && param === "table") continue;
        expect(r.status, `${ext} ${q}`).toBe(400);
        expect(r.headers.get("content-type")).toContain("application/json");
        expect(r.json().error.param, `${ext} ${q}`).toBe(param);
      }
    }
  });
});

describe("download twins of the other views", () => {
  it.each([
    ["tasks", "category=retrieval&sort=alpha", "tasks_sort-alpha_category-retrieval"],
    ["compare", "a=LAION-80M&b=LAION-2B&task=cars", "compare_LAION-80M-vs-LAION-2B_task-cars"],
    ["models", "arch=ViT-B-32&sort=top1&dir=desc", "models_sort-top1_dir-desc_arch-ViT-B-32"],
    ["learning-curves", "arch=ViT-B-32&y=top5", "learning-curves_y-top5_arch-ViT-B-32"],
  ])("%s: CSV equals the JSON twin's rows, with a descriptive file name", async (view, q, stem) => {
    const json = await get(`/${view}.json?${q}`);
    expect(json.status).toBe(200);
    const body = json.json();
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.meta.view).toBe(view);
    const csv = await get(`/${view}.csv?${q}`);
    expect(csv.headers.get("content-disposition")).toMatch(new RegExp(`filename="${stem}_\\d{4}-\\d{2}-\\d{2}\\.csv"`));
    expectCsvEqualsRows(csv.text, body.rows);
    expect((await get(`/${view}.csv?${q}&nope=1`)).status).toBe(400);
    if (view === "tasks" || view === "compare") {
      // Two fits per task (LAION and CLIP-WIT on the atlas, a and b on /compare), whatever the method.
      const tasks = new Set(view === "tasks" ? body.meta.tasks : body.rows.map((r: { task: string }) => r.task));
      expect(body.fits.length).toBe(2 * tasks.size);
    }
  });

  it("models and learning curves hold the rows the API gives for the same filters", async () => {
    const curves = (await get("/api/v1/learning-curves?arch=ViT-B-32")).json().rows;
    expect((await get("/learning-curves.json?arch=ViT-B-32")).json().rows).toEqual(curves);
    const models = (await get("/api/v1/models?upstream=LAION-2B")).json().rows as { id: string }[];
    const twin = (await get("/models.json?upstream=LAION-2B&sort=id")).json().rows as { id: string }[];
    expect(twin.map((r) => r.id).sort()).toEqual(models.map((r) => r.id).sort());
    expect(twin.length).toBeGreaterThan(3);
  });

  it("documents every exported column in /api/v1/dictionary", async () => {
    const dict = (await get("/api/v1/dictionary")).json();
    const known = new Set(dict.tables.flatMap((t: { columns: { name: string }[] }) => t.columns.map((c) => c.name)));
    for (const p of ["/explore.csv", "/explore.csv?table=fits", "/tasks.csv", "/compare.csv", "/models.csv", "/learning-curves.csv"]) {
      const header = parseCsv((await get(p)).text)[0]!;
      for (const c of header) expect(known.has(c), `${p}: ${c}`).toBe(true);
    }
  });
});

describe("static chart images", () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launchBrowser();
  });
  afterAll(async () => {
    const seen = ctx ? [...cspViolations(ctx)] : [];
    await ctx?.close();
    expect(seen, "Content-Security-Policy violations").toEqual([]);
  });

  it("SVG is well-formed XML with one point mark per plottable row", async () => {
    const rows = (await get(`/explore.json?${SLICE}`)).json().rows as { error: number | null }[];
    const plottable = rows.filter((r) => r.error !== null && r.error > 0).length;
    const r = await get(`/api/v1/chart.svg?${SLICE}&width=700&height=450&theme=dark`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const page = await ctx.newPage();
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      return {
        errors: doc.getElementsByTagName("parsererror").length, root: doc.documentElement.nodeName,
        width: doc.documentElement.getAttribute("width"), points: doc.querySelectorAll(".pt").length, fits: doc.querySelectorAll("line.fit").length,
        text: doc.documentElement.textContent ?? "", scripts: doc.getElementsByTagName("script").length,
      };
    }, r.text);
    await page.close();
    expect(parsed.errors).toBe(0);
    expect(parsed.root).toBe("svg");
    expect(parsed.width).toBe("700");
    expect(parsed.points).toBe(plottable);
    expect(parsed.fits).toBeGreaterThanOrEqual(3);
    expect(parsed.scripts).toBe(0);
    const method = (await get("/explore.json")).json().meta.state.method;
    for (const s of ["Total compute (GMACs)", "Error (%)", "E = ", "α 95% CI", "n = ", "LAION-AI/scaling-laws-openclip@652b1e7", `fit: ${method}`]) expect(parsed.text).toContain(s);
  });

  it("PNG has exactly the requested size", async () => {
    for (const [w, h] of [[640, 400], [1200, 750], [333, 222]]) {
      const r = await get(`/api/v1/chart.png?${SLICE}&width=${w}&height=${h}`);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toBe("image/png");
      expect([...r.bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const view = new DataView(r.bytes.buffer, r.bytes.byteOffset);
      expect(String.fromCharCode(...r.bytes.slice(12, 16))).toBe("IHDR");
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([w, h]);
    }
  });

  it("pinned images say when the data changed since they were made", async () => {
    const version = (await get("/api/health")).json().database.data_version;
    expect((await get(`/api/v1/chart.svg?v=${version}`)).text).not.toContain("Data changed since this figure was made");
    const stale = (await get("/api/v1/chart.svg?v=0123456789ab")).text;
    expect(stale).toContain("Data changed since this figure was made");
    expect(stale).toContain(`served v=${version}`);
  });

  it("rejects bad image parameters by name", async () => {
    for (const [q, param] of [["width=99999", "width"], ["height=abc", "height"], ["theme=neon", "theme"], ["v=<script>", "v"], ["task=<script>", "task"], ["table=fits", "table"]] as const) {
      const r = await get(`/api/v1/chart.svg?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.json().error.param).toBe(param);
      expect(r.text).not.toContain("<script>");
    }
  });
});

describe("oEmbed", () => {
  const oembed = (params: Record<string, string>) => get(`/api/oembed?${new URLSearchParams(params)}`);

  it("answers a view URL with a valid rich response whose html frames /embed", async () => {
    const r = await oembed({ url: `${base}/explore?${SLICE}`, maxwidth: "600", maxheight: "500", format: "json" });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("application/json");
    const o = r.json();
    expect(o.version).toBe("1.0");
    expect(o.type).toBe("rich");
    for (const k of ["title", "provider_name", "provider_url", "html"]) expect(typeof o[k]).toBe("string");
    expect(Number.isInteger(o.width) && Number.isInteger(o.height)).toBe(true);
    expect(o.width).toBeLessThanOrEqual(600);
    expect(o.height).toBeLessThanOrEqual(500);
    const m = /^<iframe src="([^"]+)" width="(\d+)" height="(\d+)" title="[^"]+" loading="lazy"/.exec(o.html);
    expect(m).not.toBeNull();
    const src = new URL(m![1]!.replaceAll("&amp;", "&"));
    expect(`${src.origin}${src.pathname}`).toBe(`${base}/embed/explore`);
    expect(src.searchParams.get("arch")).toBe("ViT-B-32");
    expect(src.searchParams.get("method")).toBe((await get("/explore.json")).json().meta.state.method);
    expect(src.searchParams.get("v")).toBe((await get("/api/health")).json().database.data_version);
    expect([Number(m![2]), Number(m![3])]).toEqual([o.width, o.height]);
    expect((await fetch(src)).status).toBe(200);
  });

  it("accepts /embed URLs and gives 404, 501 and 400 where the spec says", async () => {
    expect((await oembed({ url: `${base}/embed/explore?task=cars` })).status).toBe(200);
    const cmp = (await oembed({ url: `${base}/compare?task=cars&a=LAION-80M` })).json();
    expect(cmp.html).toContain(`${base}/embed/explore?task=cars&amp;groups=LAION-80M%2CLAION-2B&amp;method=`);
    expect((await oembed({ url: `${base}/embed/compare` })).status).toBe(404);
    expect((await oembed({ url: "https://example.com/explore" })).status).toBe(404);
    expect((await oembed({ url: `${base}/models` })).status).toBe(404);
    expect((await oembed({ url: `${base}/explore?task=no-such-task` })).status).toBe(404);
    expect((await oembed({ url: `${base}/explore`, format: "xml" })).status).toBe(501);
    expect((await oembed({ url: `${base}/explore`, maxwidth: "wide" })).status).toBe(400);
    expect((await get("/api/oembed")).status).toBe(400);
  });

  it.each(["/embed/explore", "/explore"])("is discoverable from %s", async (path) => {
    const html = (await get(`${path}?${SLICE}`)).text;
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="[^"]+"\/?>/.exec(html);
    expect(link).not.toBeNull();
    const o = await fetch(link![1]!.replaceAll("&amp;", "&"));
    expect(o.status).toBe(200);
    expect((await o.json()).html).toContain("/embed/explore?arch=ViT-B-32&amp;method=");
  });
});

describe("security headers", () => {
  const headersOf = async (p: string) => (await fetch(base + p)).headers;

  it("lets only /embed and the chart images be framed", async () => {
    for (const p of ["/", "/explore", "/explore.csv", "/api/v1/evals", "/api/oembed?url=x", "/no-such-page", "/embedded"]) {
      const h = await headersOf(p);
      expect(h.get("x-frame-options"), p).toBe("DENY");
      // Pages carry their full policy (tests/e2e/csp.test.ts); data answers only the framing rule.
      expect(h.get("content-security-policy")?.split("; "), p).toContain("frame-ancestors 'none'");
      expect(h.get("content-security-policy"), p).not.toContain("frame-ancestors *");
    }
    for (const p of ["/embed/explore", "/api/v1/chart.svg", "/api/v1/chart.png"]) {
      const h = await headersOf(p);
      expect(h.get("x-frame-options"), p).toBeNull();
      expect(h.get("content-security-policy"), p).toContain("frame-ancestors *");
    }
    expect((await headersOf("/api/v1/chart.svg")).get("content-security-policy")).toContain("default-src 'none'");
  });

  it("sends nosniff and a referrer policy everywhere", async () => {
    for (const p of ["/", "/embed/explore", "/api/v1/chart.svg", "/explore.json", "/no-such-page"]) {
      const h = await headersOf(p);
      expect(h.get("x-content-type-options"), p).toBe("nosniff");
      expect(h.get("referrer-policy"), p).toBe("strict-origin-when-cross-origin");
    }
  });
});

describe("report toolbar on /explore", () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launchBrowser();
  });
  afterAll(async () => {
    const seen = ctx ? [...cspViolations(ctx)] : [];
    await ctx?.close();
    expect(seen, "Content-Security-Policy violations").toEqual([]);
  });

  it("links the twins and pinned images of the view on screen, and gives embed code and citations", async () => {
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${base}/explore?task=cars&arch=ViT-B-32`);
    const bar = page.getByRole("group", { name: "Download, embed and cite" });
    await bar.getByRole("link", { name: "Download SVG" }).waitFor();
    const href = async (name: string) => (await bar.getByRole("link", { name, exact: true }).getAttribute("href"))!;
    expect(await href("Download CSV")).toBe("/explore.csv?task=cars&arch=ViT-B-32");
    expect(await href("JSON")).toBe("/explore.json?task=cars&arch=ViT-B-32");
    expect(await href("Fits CSV")).toBe("/explore.csv?task=cars&arch=ViT-B-32&table=fits");
    const version = (await get("/api/health")).json().database.data_version;
    const svg = new URL(await href("Download SVG"), base);
    expect(svg.pathname).toBe("/api/v1/chart.svg");
    expect(svg.searchParams.get("v")).toBe(version);
    expect(svg.searchParams.get("method")).toBeTruthy();
    for (const name of ["Download CSV", "JSON", "Fits CSV", "Download SVG", "PNG"]) expect((await fetch(new URL(await href(name), base))).status, name).toBe(200);

    await bar.getByRole("button", { name: "Embed" }).click();
    const snippet = page.getByLabel("Paste this into your page:");
    expect(await snippet.inputValue()).toMatch(new RegExp(`^<iframe src="${base.replace(/[.]/g, "\\.")}/embed/explore\\?task=cars&amp;arch=ViT-B-32&amp;method=\\w[\\w-]*&amp;v=${version}&amp;width=800&amp;height=500" width="800" height="500" title="[^"]+" loading="lazy"`));
    await page.getByLabel("Width").fill("600");
    await expect.poll(() => snippet.inputValue()).toContain('width="600"');

    await bar.getByRole("button", { name: "Cite" }).click();
    expect(await page.getByLabel(/The paper/).inputValue()).toContain("pages         = {2818--2829}");
    const citation = await page.getByTestId("view-citation").innerText();
    expect(citation).toContain(`${base}/explore?task=cars&arch=ViT-B-32`);
    expect(citation).toContain(`data version ${version}`);
    expect(citation).toContain("652b1e7471f7");
    expect(errors).toEqual([]);
    await page.close();
  });
});
