/** Colours of the static chart, matching app/globals.css light and dark variables. */
export const SVG_THEMES = {
  light: { bg: "#ffffff", fg: "#1a1a1a", muted: "#5c5c5c", grid: "#e5e5e5", axis: "#8a8a8a", bannerBg: "#fff4d6", bannerFg: "#6b4700" },
  dark: { bg: "#121417", fg: "#e8e8e6", muted: "#a3a3a3", grid: "#2c2f34", axis: "#6b6f75", bannerBg: "#3a2f10", bannerFg: "#ffd98a" },
  // Follows the reader's prefers-color-scheme: CSS variables set by app/globals.css (.chart-auto).
  auto: { bg: "var(--chart-bg)", fg: "var(--chart-fg)", muted: "var(--chart-muted)", grid: "var(--chart-grid)", axis: "var(--chart-axis)", bannerBg: "var(--chart-banner-bg)", bannerFg: "var(--chart-banner-fg)" },
} as const;
export type SvgTheme = keyof typeof SVG_THEMES;

/** Fonts resvg finds on Debian (fonts-dejavu-core) first; browsers fall back to their sans-serif. */
export const SVG_FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

/** Rough advance width of a string (DejaVu Sans averages ~0.6 em); used only for layout. */
export function textWidth(s: string, fontSize: number): number {
  return s.length * fontSize * 0.6;
}
