import { formatCount } from "../format";
import { parseSamplesSeen, samplesFromTag } from "./samples";
import { zooSamplesOf } from "./zoo-samples";
import type { ModelResults } from "./types";

/** GMACs per sample of an architecture and where the number comes from. */
export interface ArchGmacs { arch: string; gmacs: number; source: string }

/** What the user gives for a model (form fields, API query, CLI flags). */
export interface ComputeOverrides { arch?: string; gmacs?: number; samplesSeen?: number | string }

/** A model's compute: GMACs per sample × samples seen, each with its source, or what is missing. */
export type ComputeInfo = ReturnType<typeof resolveCompute>;

/**
 * Resolve a model's compute. GMACs: given, else from the file (zeroshot layout), else the
 * architecture table (arch_info.csv, then open_clip's profile as GFLOPs/2). Samples seen: given,
 * else the file, else the pretrained tag, else (zoo only) the sourced mapping file.
 */
export function resolveCompute(m: ModelResults, archs: ReadonlyMap<string, ArchGmacs>, o: ComputeOverrides = {}, useZooMapping = false) {
  const missing: string[] = [];
  const arch = o.arch ?? m.arch;
  let gmacs: number | null = null;
  let gmacsSource: string | null = null;
  if (o.gmacs !== undefined) { gmacs = o.gmacs; gmacsSource = "given"; }
  else if (m.gmacs !== null) { gmacs = m.gmacs; gmacsSource = `${m.file} (gmacs column)`; }
  else if (arch && archs.has(arch)) { const a = archs.get(arch)!; gmacs = a.gmacs; gmacsSource = a.source; }
  else missing.push(arch ? `GMACs per sample unknown: architecture "${arch}" is in neither arch_info.csv nor open_clip's model profile; give arch or gmacs` : "GMACs per sample unknown: no architecture; give arch or gmacs");

  let samplesSeen: number | null = null;
  let samplesSource: string | null = null;
  if (o.samplesSeen !== undefined && o.samplesSeen !== "") {
    const p = parseSamplesSeen(o.samplesSeen);
    if ("error" in p) missing.push(p.error);
    else { samplesSeen = p.value; samplesSource = "given"; }
  } else if (m.samplesSeen !== null) { samplesSeen = m.samplesSeen; samplesSource = `${m.file} (samples_seen column)`; }
  else {
    const t = samplesFromTag(m.pretrained);
    const entry = useZooMapping && arch && m.pretrained ? zooSamplesOf(arch, m.pretrained) : null;
    if ("value" in t) { samplesSeen = t.value; samplesSource = `pretrained tag "${m.pretrained}" (${formatCount(t.value)})`; }
    else if (entry) { samplesSeen = entry.samplesSeen; samplesSource = entry.source; }
    else missing.push(t.reason);
  }
  const compute = gmacs !== null && samplesSeen !== null ? gmacs * samplesSeen : null;
  return { arch: arch ?? null, gmacs, gmacsSource, samplesSeen, samplesSource, compute, missing };
}

/** arch_info.csv rows first; open_clip profile rows (GFLOPs/2) only for architectures arch_info lacks. */
export function archTable(archInfo: readonly { name: string; gmacs: number }[], profile: readonly { model: string; gflops: number }[]): Map<string, ArchGmacs> {
  const out = new Map<string, ArchGmacs>();
  for (const p of profile) out.set(p.model, { arch: p.model, gmacs: p.gflops / 2, source: "open_clip docs/model_profile.csv @89fb801f (GFLOPs / 2)" });
  for (const a of archInfo) out.set(a.name, { arch: a.name, gmacs: a.gmacs, source: "arch_info.csv (scaling-laws-openclip @652b1e74)" });
  return out;
}
