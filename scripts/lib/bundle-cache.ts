import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";
import { upToDate } from "./bundle-fresh.mjs";

/**
 * Import a script module through one esbuild bundle kept in node_modules/.cache/scaling-bundles/,
 * rebuilt when any of its inputs changed (size or mtime; the list comes from esbuild's metafile).
 * Why: under tsx every one of the ~265 modules behind the ingest (drizzle, zod, csv-parse, ours)
 * makes a round trip to tsx's loader thread; one bundled file loads several times faster, which is
 * a good part of a 3-second ingest. Any failure (no esbuild, unwritable cache) falls back to a
 * plain import of the TypeScript source, which gives the same module.
 */
export async function importBundled<T>(entry: string, load: () => Promise<T>): Promise<T> {
  if (process.env.SCALING_INGEST_BUNDLE === "0") return load();
  let file: string;
  try {
    file = await bundledFile(entry);
  } catch {
    return load();
  }
  return loadCommonJs(file, entry) as T;
}

/**
 * Evaluate a CommonJS bundle the way Node's own CJS loader does (a function wrapper run by vm),
 * so the loader hooks tsx installed are not consulted: through them the 1 MB bundle was
 * re-transformed and cost more than the modules it replaces.
 */
function loadCommonJs(file: string, entry: string): unknown {
  const cjsModule = { exports: {} as unknown };
  const run = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(file, "utf8")}\n})`, { filename: file });
  run(cjsModule.exports, createRequire(entry), cjsModule, entry, path.dirname(entry));
  return cjsModule.exports;
}

/** The expression the bundle pins per module, spelled so that this file's own source does not contain it (this file is bundled too). */
const META_URL = ["import", "meta", "url"].join(".");

type Manifest = { entry: string; esbuild: string; inputs: [string, number, number][] };

/** Where entry's bundle and its manifest sit in the cache. */
function cached(file: string): { entry: string; out: string; manifestFile: string } {
  const entry = path.resolve(file);
  const dir = fileURLToPath(new URL("../../node_modules/.cache/scaling-bundles", import.meta.url));
  const name = path.join(dir, path.basename(entry).replace(/\.ts$/, ""));
  return { entry, out: `${name}.cjs`, manifestFile: `${name}.json` };
}

/**
 * entry's cached CommonJS bundle if it is up to date, else null (also without esbuild); synchronous,
 * so fit-pool.ts can start its workers before the ingest reads the CSVs. esbuild's version comes
 * from its package.json: a fresh bundle should not pay for loading esbuild.
 */
export function freshBundle(file: string): string | null {
  const { entry, out, manifestFile } = cached(file);
  try {
    return upToDate(manifestFile, out, entry, (createRequire(import.meta.url)("esbuild/package.json") as { version: string }).version) ? out : null;
  } catch {
    return null;
  }
}

/** The path of entry's CommonJS bundle in the cache, built now if missing or stale. */
export async function bundledFile(file: string): Promise<string> {
  const fresh = freshBundle(file);
  if (fresh) return fresh;
  const { entry, out, manifestFile } = cached(file);
  // require, not import(): this file also runs inside the cached CommonJS bundle, loaded without a
  // dynamic-import callback (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), which made every bundled ingest
  // fall back to tsx-loaded workers.
  const esbuild = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
  // import.meta.url must stay each module's own URL (fit-pool finds the task module by it).
  const keepUrls = {
    name: "keep-import-meta-url",
    setup(b: { onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => { contents: string; loader: "ts" }) => void }) {
      b.onLoad({ filter: /\.ts$/ }, (a) => ({
        contents: fs.readFileSync(a.path, "utf8").replaceAll(META_URL, JSON.stringify(pathToFileURL(a.path).href)),
        loader: "ts",
      }));
    },
  };
  const r = await esbuild.build({
    entryPoints: [entry], bundle: true, platform: "node", format: "cjs", target: "node20", write: false, metafile: true,
    external: ["better-sqlite3", "esbuild", "piscina", "@resvg/resvg-js"], logLevel: "silent", plugins: [keepUrls],
  });
  const inputs = Object.keys(r.metafile!.inputs).map((p) => path.resolve(p)).map((p): [string, number, number] => {
    const s = fs.statSync(p);
    return [p, s.size, s.mtimeMs];
  });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Written under temporary names and renamed, so a concurrent ingest never reads half a bundle.
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, r.outputFiles![0]!.contents);
  fs.renameSync(tmp, out);
  fs.writeFileSync(`${manifestFile}.${process.pid}.tmp`, JSON.stringify({ entry, esbuild: esbuild.version, inputs } satisfies Manifest));
  fs.renameSync(`${manifestFile}.${process.pid}.tmp`, manifestFile);
  return out;
}
