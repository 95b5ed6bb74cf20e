/**
 * Okabe–Ito palette: distinguishable under the common colour-vision deficiencies, and readable on
 * light and dark backgrounds. Architectures get colours, upstream datasets get marker shapes.
 */
export const OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"] as const;

export const ARCH_ORDER = ["ViT-B-32", "ViT-B-16", "ViT-L-14", "ViT-H-14", "ViT-g-14"] as const;

const ARCH_COLORS: Record<string, string> = {
  "ViT-B-32": "#0072B2", "ViT-B-16": "#56B4E9", "ViT-L-14": "#009E73", "ViT-H-14": "#E69F00", "ViT-g-14": "#D55E00",
};

// Architectures the palette does not know (e.g. a user's own models) get colours no fit group and
// no known architecture uses: yellow and brown.
const ARCH_FALLBACK = ["#F0E442", "#8C510A"] as const;

/** Colour of an architecture (unknown ones get one of two reserved extra colours). */
export function archColor(arch: string): string {
  return ARCH_COLORS[arch] ?? ARCH_FALLBACK[hash(arch) % ARCH_FALLBACK.length]!;
}

/** Marker shape per upstream dataset, as in the paper (80M ▼, 400M ●, 2B ■, OpenAI ★). */
export const UPSTREAM_SHAPES: Record<string, "triangle" | "circle" | "square" | "star" | "diamond"> = {
  "LAION-80M": "triangle", "LAION-400M": "circle", "LAION-2B": "square", "CLIP-WIT": "star",
};

/** How a fit group's line is drawn: colour (and its name, for texts), dash pattern (null = solid). */
export interface GroupStyle { color: string; colorName: string; dash: string | null }

/**
 * One fixed style per fit group. No colour is an architecture colour (architectures own blue,
 * sky blue, bluish green, orange and vermillion), so a line is never mistaken for a point colour;
 * each group also has its own dash pattern, so the groups stay apart without colour vision. Fit
 * lines are drawn only over the compute range of their fitted points, so a dash never means
 * "extrapolated".
 */
export const GROUP_STYLES: Record<string, GroupStyle> = {
  LAION: { color: "#CC79A7", colorName: "reddish purple", dash: null },
  "LAION-80M": { color: "#999933", colorName: "olive", dash: "2 3" },
  "LAION-400M": { color: "#AA4499", colorName: "purple", dash: "8 3 2 3" },
  "LAION-2B": { color: "#8C6D31", colorName: "brown", dash: "12 4" },
  "CLIP-WIT": { color: "#808080", colorName: "grey", dash: "6 4" },
  slice: { color: "#7A5CFF", colorName: "violet", dash: "3 2" },
};
const UNKNOWN_GROUP: GroupStyle = { color: "#5C5C5C", colorName: "dark grey", dash: "1 3" };

/** Style of a fit group's line (unknown groups: dark grey, dotted). */
export function groupStyle(group: string): GroupStyle {
  return GROUP_STYLES[group] ?? UNKNOWN_GROUP;
}

/** Line colour per fit group (GROUP_STYLES' colours). */
export const GROUP_COLORS: Record<string, string> = Object.fromEntries(Object.entries(GROUP_STYLES).map(([g, s]) => [g, s.color]));

/** Marker area by samples seen (3B small, 13B medium, 34B large). */
export function markerSize(samplesSeenPretty: string): number {
  return samplesSeenPretty === "3B" ? 40 : samplesSeenPretty === "13B" ? 80 : samplesSeenPretty === "34B" ? 150 : 60;
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}
