import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../csv/parse";
import { DATACOMP_MAIN_METRIC, DATACOMP_TASKS, normalizeDataset } from "./datasets";
import { readResults } from "./read";
import { readZooTables } from "./read-zoo";
import { samplesFromTag, parseSamplesSeen } from "./samples";
import { formatPlaceIssue } from "./types";

// Inputs are generated at test time from the real files in ../shared/data (never copied into the repo).
const COMMUNITY = path.resolve(process.env.SCALING_COMMUNITY_DIR ?? "../shared/data/community");
const UPSTREAM = path.resolve(process.env.SCALING_DATA_DIR ?? "../shared/data/scaling-laws-openclip");
const read = (f: string) => fs.readFileSync(path.join(COMMUNITY, f), "utf8");
const BENCH = "LAION-AI__CLIP_benchmark__benchmark_benchmark.csv";
const MOBILE = "apple__ml-mobileclip__results_mobileclip_s0.jsonl";

/** benchmark.csv rows as CLIP_benchmark result objects (what `clip_benchmark eval` writes per run). */
function benchObjects(): Record<string, unknown>[] {
  const { records } = parseCsv(read(BENCH), BENCH);
  const [head, ...rows] = records;
  const h = head!.fields;
  return rows.map(({ fields }) => {
    const get = (k: string) => fields[h.indexOf(k)]!;
    const metrics: Record<string, number> = {};
    for (const k of ["acc1", "acc5", "mean_per_class_recall", "mean_average_precision", "image_retrieval_recall@5", "text_retrieval_recall@5"]) {
      if (get(k) !== "") metrics[k] = Number(get(k));
    }
    return { dataset: get("dataset"), model: get("model"), pretrained: get("pretrained"), task: get("task"), metrics, language: "en" };
  });
}

describe("CLIP_benchmark JSON", () => {
  const objs = benchObjects();
  it("reads one object, an array and JSON lines alike", () => {
    const one = readResults(JSON.stringify(objs[0], null, 2), "one.json");
    expect(one.issues).toEqual([]);
    expect(one.models).toHaveLength(1);
    const arr = readResults(JSON.stringify(objs, null, 2), "all.json");
    const lines = readResults(objs.map((o) => JSON.stringify(o)).join("\n"), "all.jsonl");
    expect(arr.issues).toEqual([]);
    expect(lines.issues).toEqual([]);
    expect(arr.models).toHaveLength(13);
    expect(lines.models.map((m) => m.rows.length)).toEqual(arr.models.map((m) => m.rows.length));
    const b32 = lines.models.find((m) => m.model === "ViT-B-32 laion2b_s34b_b79k")!;
    const inet = b32.rows.find((r) => r.task === "imagenet1k")!;
    const src = objs.find((o) => o.model === "ViT-B-32" && o.pretrained === "laion2b_s34b_b79k" && o.dataset === "imagenet1k")!;
    expect(inet.value).toBe((src.metrics as Record<string, number>).acc1);
    const coco = b32.rows.find((r) => r.task === "mscoco_captions")!;
    expect(coco.metric).toBe("image_retrieval_recall@5");
    // The array form names the line each object starts on.
    expect(arr.models[0]!.rows[0]!.line).toBeGreaterThan(1);
  });
  it("wds/ prefixes map to the paper's task names", () => {
    const o = { ...objs.find((x) => x.dataset === "imagenet1k")!, dataset: "wds/imagenet1k" };
    expect(readResults(JSON.stringify(o), "w.json").models[0]!.rows[0]!.task).toBe("imagenet1k");
  });
  it("a broken line, a missing field and an accuracy above 1 are errors naming file and line", () => {
    const lines = objs.slice(0, 5).map((o) => JSON.stringify(o));
    lines[2] = lines[2]!.slice(0, -10);
    const r1 = readResults(lines.join("\n"), "broken.jsonl");
    expect(r1.models).toEqual([]);
    expect(r1.issues[0]).toMatchObject({ file: "broken.jsonl", line: 3 });
    const noModel = objs.slice(0, 4).map((o, i) => (i === 3 ? { ...o, model: undefined } : o));
    const r2 = readResults(JSON.stringify(noModel, null, 2), "nomodel.json");
    expect(r2.issues).toHaveLength(1);
    expect(formatPlaceIssue(r2.issues[0]!)).toMatch(/^nomodel\.json:\d+: expected "model" as a non-empty string, found nothing$/);
    const startLine = JSON.stringify(noModel, null, 2).split("\n").findIndex((l, i, a) => i > 0 && l === "  {" && a.slice(0, i).filter((x) => x === "  {").length === 3) + 1;
    expect(r2.issues[0]!.line).toBe(startLine);
    const big = objs.slice(0, 2).map((o, i) => (i === 1 ? { ...o, metrics: { ...(o.metrics as object), acc1: 73.2, "image_retrieval_recall@5": 73.2 } } : o));
    const r3 = readResults(big.map((o) => JSON.stringify(o)).join("\n"), "pct.jsonl");
    expect(r3.issues[0]).toMatchObject({ line: 2 });
    expect(r3.issues[0]!.expected).toMatch(/fraction in \[0, 1\]/);
  });
  it("a syntax error in a whole document names its line", () => {
    const text = JSON.stringify(objs.slice(0, 3), null, 2).replace('"pretrained"', '"pretrained" "x"');
    const r = readResults(text, "bad.json");
    expect(r.issues).toHaveLength(1);
    const want = text.split("\n").findIndex((l) => l.includes('"pretrained" "x"')) + 1;
    expect(r.issues[0]!.line).toBe(want);
  });
  it("a missing primary metric is said, never substituted", () => {
    const o = objs.find((x) => x.dataset === "imagenet1k")!;
    const m = { ...o, metrics: { acc5: 0.9, mean_per_class_recall: 0.7 } };
    const row = readResults(JSON.stringify(m), "m.json").models[0]!.rows[0]!;
    expect(row.value).toBeNull();
    expect(row.missing).toBe("acc1 missing (file has acc5, mean_per_class_recall)");
  });
  it("an empty array is empty input", () => {
    expect(readResults("[]", "e.json").issues[0]).toMatchObject({ line: 1, expected: "at least one result", found: "none" });
  });
});

describe("clip_benchmark build CSV", () => {
  it("reads benchmark.csv: 13 models, 507 rows", () => {
    const r = readResults(read(BENCH), "benchmark.csv");
    expect(r.format).toBe("clip-benchmark-csv");
    expect(r.issues).toEqual([]);
    expect(r.models).toHaveLength(13);
    expect(r.models.reduce((s, m) => s + m.rows.length, 0)).toBe(507);
  });
  it("a header only is empty input; a missing column names line 1; a bad cell names line and column", () => {
    const lines = read(BENCH).split("\n");
    expect(readResults(`${lines[0]}\n`, "h.csv").issues[0]).toMatchObject({ line: 2, found: "none" });
    const noModel = lines.map((l) => l.split(",").filter((_, i) => i !== 4).join(",")).join("\n");
    expect(readResults(noModel, "nm.csv").issues[0]).toMatchObject({ line: 1 });
    expect(readResults(noModel, "nm.csv").issues[0]!.expected).toMatch(/model/);
    const bad = [...lines];
    bad[4] = `abc${bad[4]!.slice(bad[4]!.indexOf(","))}`;
    const r = readResults(bad.join("\n"), "bad.csv");
    expect(r.issues).toHaveLength(1);
    expect(formatPlaceIssue(r.issues[0]!)).toMatch(/^bad\.csv:5:1: expected acc1 as a number or empty, found "abc"$/);
    const short = [...lines];
    short[7] = short[7]!.split(",").slice(0, 5).join(",");
    expect(readResults(short.join("\n"), "short.csv").issues[0]).toMatchObject({ line: 8, expected: "11 fields", found: "5" });
  });
});

describe("DataComp eval_results.jsonl", () => {
  it("reads a MobileCLIP file: one model named after the file, NaN and null read as missing and said", () => {
    const r = readResults(read(MOBILE), "mobileclip_s0.jsonl");
    expect(r.format).toBe("datacomp-jsonl");
    expect(r.issues).toEqual([]);
    expect(r.models).toHaveLength(1);
    const m = r.models[0]!;
    expect(m.model).toBe("mobileclip_s0");
    expect(m.notes.join(" ")).toMatch(/NaN.*read as missing/);
    // Caltech-101: DataComp's main metric is mean per-class recall; the paper's is top-1.
    const src = read(MOBILE).split("\n").map((l) => (l ? JSON.parse(l.replace(/NaN/g, "null")) : null)).filter(Boolean);
    const cal = src.find((o: { key: string }) => o.key === "vtab/caltech101");
    expect(m.rows.find((x) => x.task === "vtab/caltech101")!.value).toBe(cal.metrics.acc1);
    const flickr = src.find((o: { key: string }) => o.key.startsWith("retrieval/flickr"));
    expect(m.rows.find((x) => x.task === "flickr30k")).toMatchObject({ metric: "image_retrieval_recall@5", value: flickr.metrics["image_retrieval_recall@5"] });
    expect(m.rows.find((x) => x.task === "vtab/cifar10")).toBeTruthy();
    expect(m.rows.find((x) => x.task === "misc/winogavil")).toMatchObject({ value: null });
  });
  it("every MobileCLIP file reads", () => {
    for (const f of fs.readdirSync(COMMUNITY).filter((x) => x.startsWith("apple__"))) {
      expect(readResults(read(f), f).issues, f).toEqual([]);
    }
  });
  it("a cut line and a line without key are errors naming the line", () => {
    const lines = read(MOBILE).split("\n");
    const cut = [...lines];
    cut[9] = cut[9]!.slice(0, 40);
    expect(readResults(cut.join("\n"), "cut.jsonl").issues[0]).toMatchObject({ file: "cut.jsonl", line: 10 });
    const nokey = [...lines];
    nokey[4] = nokey[4]!.replace('"key"', '"kee"');
    expect(readResults(nokey.join("\n"), "nokey.jsonl").issues[0]).toMatchObject({ line: 5, expected: '"key" as a non-empty string' });
  });
});

describe("zeroshot_results.csv layout", () => {
  it("reads the upstream file with its compute columns", () => {
    const r = readResults(fs.readFileSync(path.join(UPSTREAM, "zeroshot_results.csv"), "utf8"), "zeroshot_results.csv");
    expect(r.issues).toEqual([]);
    expect(r.format).toBe("zeroshot-csv");
    expect(r.models).toHaveLength(32);
    const h = r.models.find((m) => m.model === "Model-H-14_Data-2B_Samples-34B_lr-5e-4_bs-79k")!;
    expect(h.gmacs).toBe(190.97);
    expect(h.samplesSeen).toBe(34725395968);
  });
  it("a non-numeric gmacs names line and column", () => {
    const lines = fs.readFileSync(path.join(UPSTREAM, "zeroshot_results.csv"), "utf8").split("\n");
    const f = lines[2]!.split(",");
    f[3] = "big";
    lines[2] = f.join(",");
    expect(readResults(lines.join("\n"), "z.csv").issues[0]).toMatchObject({ line: 3, column: 4, expected: "gmacs as a number > 0" });
  });
});

describe("open_clip results tables (the public zoo)", () => {
  it("reads 121 models; recall@5 from the retrieval table; mean per-class recall is not taken for top-1", () => {
    const r = readZooTables({ text: read("mlfoundations__open_clip__docs_openclip_results.csv"), file: "openclip_results.csv" }, { text: read("mlfoundations__open_clip__docs_openclip_retrieval_results.csv"), file: "openclip_retrieval_results.csv" });
    expect(r.issues).toEqual([]);
    expect(r.models).toHaveLength(121);
    const m = r.models.find((x) => x.model === "ViT-B-32 laion2b_s34b_b79k")!;
    expect(m.rows.find((x) => x.task === "vtab/caltech101")).toMatchObject({ value: null, missing: "acc1 missing (file has mean_per_class_recall)" });
    expect(m.rows.find((x) => x.task === "flickr30k")!.metric).toBe("image_retrieval_recall@5");
    expect(m.rows.find((x) => x.task === "flickr30k")!.value).toBeGreaterThan(0.5);
  });
});

describe("dataset names and tags", () => {
  it("the DataComp mapping equals tasklist.yml's names, keys and main metrics", () => {
    const yml = read("mlfoundations__datacomp__tasklist.yml");
    const names: Record<string, string> = {};
    const metric: Record<string, string> = {};
    let key = "";
    for (const line of yml.split("\n")) {
      const k = /^([^\s#][^:]*):\s*$/.exec(line);
      if (k) key = k[1]!;
      const n = /^\s+name:\s*(.*)$/.exec(line);
      if (n && key) names[n[1]!.trim()] = key;
      const mm = /^\s+main_metric:\s*(.*)$/.exec(line);
      if (mm && key) metric[key] = mm[1]!.trim();
    }
    expect(DATACOMP_TASKS).toEqual(names);
    expect(DATACOMP_MAIN_METRIC).toEqual(metric);
  });
  it("normalizes keys", () => {
    expect(normalizeDataset("wds/vtab/cifar100")).toBe("vtab/cifar100");
    expect(normalizeDataset("MSCOCO")).toBe("mscoco_captions");
    expect(normalizeDataset("food101")).toBe("food101");
  });
  it("samples seen from tags and given values", () => {
    expect(samplesFromTag("laion2b_s34b_b79k")).toEqual({ value: 34e9 });
    expect(samplesFromTag("commonpool_s_s13m_b4k")).toEqual({ value: 13e6 });
    expect(samplesFromTag("laion400m_e32")).toHaveProperty("reason");
    expect(parseSamplesSeen("13B")).toEqual({ value: 13e9 });
    expect(parseSamplesSeen("1.28e10")).toEqual({ value: 1.28e10 });
    expect(parseSamplesSeen("lots")).toHaveProperty("error");
  });
});
