const UNITS: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/** "13B", "12.8e9", "128M", 13000000000 → samples; an error message for anything else. */
export function parseSamplesSeen(input: string | number): { value: number } | { error: string } {
  if (typeof input === "number") return input > 0 && Number.isFinite(input) ? { value: input } : { error: `samples_seen must be > 0, found ${input}` };
  const m = /^\s*(\d+(?:\.\d+)?(?:e\d+)?)\s*([kmbt]?)\s*$/i.exec(input);
  if (!m) return { error: `samples_seen as a number or a count like 13B or 128M, found ${JSON.stringify(input)}` };
  const value = Number(m[1]) * (m[2] ? UNITS[m[2].toLowerCase()]! : 1);
  return value > 0 && Number.isFinite(value) ? { value } : { error: `samples_seen must be > 0, found ${JSON.stringify(input)}` };
}

/**
 * Samples seen from an open_clip pretrained tag: `laion2b_s34b_b79k` → 34B, `commonpool_s_s13m_b4k`
 * → 13M. Epoch tags (`laion400m_e32`) are not enough without the dataset's exact size: the reason
 * says to give samples_seen.
 */
export function samplesFromTag(tag: string | null): { value: number } | { reason: string } {
  if (!tag) return { reason: "samples seen unknown: no pretrained tag; give samples_seen" };
  const m = /(?:^|_)s(\d+(?:\.\d+)?)([kmbt])(?=_|$)/i.exec(tag);
  if (m) return { value: Number(m[1]) * UNITS[m[2]!.toLowerCase()]! };
  const e = /(?:^|_)e(\d+)(?=_|$)/i.exec(tag);
  if (e) return { reason: `samples seen unknown: tag "${tag}" gives ${e[1]} epochs, not samples seen; give samples_seen` };
  return { reason: `samples seen unknown: tag "${tag}" does not say; give samples_seen` };
}
