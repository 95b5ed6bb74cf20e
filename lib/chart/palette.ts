/**
 * Okabe–Ito palette: distinguishable under the common colour-vision deficiencies, and readable on
 * light and dark backgrounds. Architectures get colours, upstream datasets get marker shapes.
 */
export const OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"] as const;

export const ARCH_ORDER = ["ViT-B-32", "ViT-B-16", "ViT-L-14", "ViT-H-14", "ViT-g-14"] as const;

const ARCH_COLORS: Record<string, string> = {
  "ViT-B-32": "#0072B2", "ViT-B-16": "#56B4E9", "ViT-L-14": "#009E73", "ViT-H-14": "#E69F00", "ViT-g-14": "#D55E00",
};

/** Colour of an architecture (unknown ones cycle through the rest of the palette). */
export function archColor(arch: string): string {
  return ARCH_COLORS[arch] ?? OKABE_ITO[(hash(arch) % 3) + 5]!;
}

/** Marker shape per upstream dataset, as in the paper (80M ▼, 400M ●, 2B ■, OpenAI ★). */
export const UPSTREAM_SHAPES: Record<string, "triangle" | "circle" | "square" | "star" | "diamond"> = {
  "LAION-80M": "triangle", "LAION-400M": "circle", "LAION-2B": "square", "CLIP-WIT": "star",
};

/**
 * Line colour per fit group. The two headline fits use the Okabe–Ito colours no architecture uses
 * (reddish purple, grey), so a line is never mistaken for a point colour; the per-size LAION lines
 * are drawn only on request and reuse the palette.
 */
export const GROUP_COLORS: Record<string, string> = {
  LAION: "#CC79A7", "LAION-80M": "#E69F00", "LAION-400M": "#56B4E9", "LAION-2B": "#009E73", "CLIP-WIT": "#808080", slice: "#7a5cff",
};

/** Marker area by samples seen (3B small, 13B medium, 34B large). */
export function markerSize(samplesSeenPretty: string): number {
  return samplesSeenPretty === "3B" ? 40 : samplesSeenPretty === "13B" ? 80 : samplesSeenPretty === "34B" ? 150 : 60;
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}
