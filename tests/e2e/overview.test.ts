import { describe, expect, inject, it } from "vitest";
import { formatLaw } from "../../lib/format";
import { useBrowser } from "../support/use-browser";

const base = inject("baseUrl");
const { context } = useBrowser(base);

type FitRow = { group: string; status: string; coefficient: number | null; slope: number | null; n: number };

describe("overview /", () => {
  it("shows the ImageNet and MS-COCO laws with the formulas /api/v1/fits serves, the provenance and the entry points", async () => {
    const page = await context().newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/`);
    await page.waitForFunction(() => document.querySelectorAll(".recharts-surface").length === 2);

    const cards = page.locator(".scaling-law-card");
    expect(await cards.count()).toBe(2);
    for (const [i, task, metric] of [[0, "imagenet1k", "acc1"], [1, "mscoco_captions", "image_retrieval_recall@5"]] as const) {
      const r = await fetch(`${base}/api/v1/fits?task=${task}&metric=${encodeURIComponent(metric)}&method=paper&group=LAION,CLIP-WIT`);
      const { rows } = (await r.json()) as { rows: FitRow[] };
      expect(rows.map((f) => f.group).sort()).toEqual(["CLIP-WIT", "LAION"]);
      const evals = (await (await fetch(`${base}/api/v1/evals?task=${task}`)).json()) as { rows: unknown[] };
      expect(await cards.nth(i).locator(".recharts-scatter-symbol").count()).toBe(evals.rows.length);
      for (const f of rows) {
        expect(f.status).toBe("ok");
        const li = await cards.nth(i).locator(`li[data-group="${f.group}"]`).innerText();
        expect(li).toContain(formatLaw(f.coefficient!, f.slope!));
        expect(li).toContain(`n = ${f.n}`);
      }
    }

    // The paper's ImageNet laws, written out by hand from the numpy reference (scripts/reference/binned_fit.py).
    expect(await cards.nth(0).locator('li[data-group="LAION"]').innerText()).toContain("E = 5.86·C^−0.111");
    expect(await cards.nth(0).locator('li[data-group="CLIP-WIT"]').innerText()).toContain("E = 23.2·C^−0.164");

    const meta = ((await (await fetch(`${base}/api/v1/fits?task=imagenet1k`)).json()) as { meta: { source_commit: string } }).meta;
    expect(await page.locator(".overview-provenance").innerText()).toContain(meta.source_commit.slice(0, 12));
    expect(await page.locator(".overview-provenance").innerText()).toContain("arXiv:2212.07143");
    for (const href of ["/explore", "/tasks", "/compare", "/models", "/learning-curves"]) {
      expect(await page.locator(`.overview-cards a[href="${href}"]`).count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
