/** The pinned open_clip files behind the public-zoo overlay and the GMACs of other architectures. */
export const ZOO_UPSTREAM = {
  repo: "mlfoundations/open_clip",
  commit: "89fb801f1e6087880e951fc8354b8a2077b79c6d",
} as const;

export const ZOO_FILES = {
  results: { path: "docs/openclip_results.csv", sha256: "6b3f9313e2e24691b31ab69b534b2553165be1a975dd149ee9b4a7facb384d21" },
  retrieval: { path: "docs/openclip_retrieval_results.csv", sha256: "8510a387b20b1d0aba44143afeab737a5d0bdfbb8762bd6c5a24ca220bd3bbd1" },
  profile: { path: "docs/model_profile.csv", sha256: "6f0975464d02d31a4c7cfca79a100c47c0d01cf47222f4fa5b9bec5609677285" },
} as const;
export type ZooKey = keyof typeof ZOO_FILES;
export const ZOO_KEYS = Object.keys(ZOO_FILES) as ZooKey[];

/**
 * Names a file may have in a local directory: upstream's layout (`docs/model_profile.csv`), flat
 * (`model_profile.csv`), or the `owner__repo__docs_file` names of a shared data folder.
 */
export function zooLocalNames(key: ZooKey): string[] {
  const p = ZOO_FILES[key].path;
  const flat = p.replace(/^docs\//, "");
  return [p, flat, `mlfoundations__open_clip__${p.replace(/\//g, "_")}`];
}

/** Parse open_clip's model_profile.csv text into (model, gflops) pairs (bad rows skipped, counted). */
export function parseProfile(text: string): { rows: { model: string; gflops: number }[]; skipped: number } {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = (lines[0] ?? "").split(",");
  const mi = header.indexOf("model");
  const gi = header.indexOf("gflops");
  const rows: { model: string; gflops: number }[] = [];
  let skipped = 0;
  for (const l of lines.slice(1)) {
    const f = l.split(",");
    const g = Number(f[gi]);
    if (mi < 0 || gi < 0 || !f[mi] || !(g > 0)) skipped++;
    else rows.push({ model: f[mi]!, gflops: g });
  }
  return { rows, skipped };
}
