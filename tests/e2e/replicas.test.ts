import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestChild, variantSource, type VariantChange } from "@/tests/support/kill-harness";
import { SHARED_DATA } from "../support/paths";
import { startServer } from "../support/server";

// "Serving many users": two stateless `next start` replicas read the same read-only database.
// While an ingest replaces it, each answer must come from exactly one version (its ETag, its meta and
// its rows agree), and for the same version both replicas give the same ETag.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "replicas-"));
const db = path.join(dir, "scaling.db");
let variant: string;
let changed: VariantChange;
let servers: Awaited<ReturnType<typeof startServer>>[] = [];


interface Answer { server: number; etag: string; version: string; acc1: number | undefined }

beforeAll(async () => {
  ({ dir: variant, changed } = variantSource());
  await ingestChild(SHARED_DATA, db);
  servers = await Promise.all([startServer(db), startServer(db)]);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(variant, { recursive: true, force: true });
});

describe("two replicas on one database", () => {
  it("agree on ETags per version, and every answer during a re-ingest comes from one version", async () => {
    const { task, model } = changed;
    const p = `/api/v1/evals?task=${task}`;
    const ask = async (i: number, path = p, headers: Record<string, string> = {}) => {
      const r = await fetch(servers[i]!.url + path, { headers });
      return { status: r.status, etag: r.headers.get("etag") ?? "", cc: r.headers.get("cache-control"), text: await r.text() };
    };
    const answer = async (i: number): Promise<Answer> => {
      const r = await ask(i);
      expect(r.status).toBe(200);
      const body = JSON.parse(r.text) as { rows: { model: string; acc1: number }[]; meta: { data_version: string } };
      return { server: i, etag: r.etag, version: body.meta.data_version, acc1: body.rows.find((x) => x.model === model)?.acc1 };
    };

    const before = await Promise.all([answer(0), answer(1)]);
    expect(before[0]!.etag).toBe(before[1]!.etag);
    expect(before[0]!.acc1).toBe(changed.a);
    const vA = before[0]!.version;
    // The same for an image and a twin: the tag is the same on both replicas.
    for (const other of [`/api/v1/chart.svg?task=${task}`, `/explore.csv?task=${task}`]) {
      const [x, y] = await Promise.all([ask(0, other), ask(1, other)]);
      expect(x.etag, other).toBeTruthy();
      expect(x.etag, other).toBe(y.etag);
    }

    // Re-ingest (to the variant) while both replicas are asked continuously.
    const seen: Answer[] = [];
    let done = false;
    const client = async (i: number) => {
      while (!done) seen.push(await answer(i % 2));
    };
    const clients = [0, 1, 2, 3].map(client);
    await new Promise((r) => setTimeout(r, 200));
    await ingestChild(variant, db);
    await new Promise((r) => setTimeout(r, 300));
    done = true;
    await Promise.all(clients);

    const after = await Promise.all([answer(0), answer(1)]);
    const vB = after[0]!.version;
    expect(vB).not.toBe(vA);
    expect(after[1]!.version).toBe(vB);
    expect(after[0]!.etag).toBe(after[1]!.etag);
    expect(after[0]!.etag).not.toBe(before[0]!.etag);
    expect(after[0]!.acc1).toBe(changed.b);

    // Every answer: one version throughout — the ETag names the version the meta names, and the
    // rows are that version's rows. Per version, one ETag across both replicas.
    expect(seen.length).toBeGreaterThan(20);
    const tags = new Map<string, Set<string>>();
    for (const s of seen) {
      expect([vA, vB]).toContain(s.version);
      expect(s.etag.startsWith(`W/"${s.version}-`), `${s.etag} vs ${s.version}`).toBe(true);
      expect(s.acc1).toBe(s.version === vA ? changed.a : changed.b);
      tags.set(s.version, (tags.get(s.version) ?? new Set()).add(s.etag));
    }
    for (const [v, set] of tags) expect(set.size, v).toBe(1);
    expect(new Set(seen.map((s) => s.server))).toEqual(new Set([0, 1]));

    // A client holding the old version's tag gets the new body, not a 304.
    for (const i of [0, 1]) {
      const r = await ask(i, p, { "If-None-Match": before[0]!.etag });
      expect(r.status).toBe(200);
      expect(r.etag).toBe(after[0]!.etag);
      expect((await ask(i, p, { "If-None-Match": r.etag })).status).toBe(304);
    }
  });
});
