import fs from "node:fs";

/**
 * Whether a cached bundle (scripts/lib/bundle-cache.ts) is up to date: its manifest names the same
 * entry and esbuild version, the bundle exists, and every input has the size and mtime recorded
 * when it was built. Plain JavaScript, so scripts/ingest.mjs can ask before any TypeScript loads.
 */
export function upToDate(manifestFile, out, entry, version) {
  try {
    const m = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
    if (m.entry !== entry || m.esbuild !== version || !fs.existsSync(out)) return false;
    return m.inputs.every(([p, size, mtime]) => {
      const s = fs.statSync(p);
      return s.size === size && s.mtimeMs === mtime;
    });
  } catch {
    return false;
  }
}
