import { ARCH_ORDER } from "../chart/palette";
import { UPSTREAMS } from "../domain/groups";
import type { ModelFilter } from "./table";

export interface Facets { arch: string[]; upstream: string[]; samples_seen: string[] }

const byList = (list: readonly string[]) => (a: string, b: string) => {
  const ia = list.indexOf(a);
  const ib = list.indexOf(b);
  return (ia < 0 ? list.length : ia) - (ib < 0 ? list.length : ib) || a.localeCompare(b);
};

/** Distinct filter values of some rows, in size order (architectures, datasets, samples seen). */
export function facetsOf(rows: readonly { arch: string; upstream: string; samplesSeenPretty: string; samplesSeen: number }[]): Facets {
  const samples = new Map<string, number>();
  for (const r of rows) samples.set(r.samplesSeenPretty, Math.min(samples.get(r.samplesSeenPretty) ?? Infinity, r.samplesSeen));
  return {
    arch: [...new Set(rows.map((r) => r.arch))].sort(byList(ARCH_ORDER)),
    upstream: [...new Set(rows.map((r) => r.upstream))].sort(byList(UPSTREAMS)),
    samples_seen: [...samples.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k),
  };
}

/** One message per filter value that is not in the data, naming the URL parameter. */
export function unknownFilterValues(f: ModelFilter, facets: Facets): { param: string; message: string }[] {
  const out: { param: string; message: string }[] = [];
  for (const key of ["arch", "upstream", "samples_seen"] as const) {
    for (const v of f[key]) {
      if (!facets[key].includes(v)) out.push({ param: key, message: `"${key}": unknown value "${v}" (known: ${facets[key].join(", ")})` });
    }
  }
  return out;
}
