import { esc } from "../chart-svg/escape";
import { SVG_THEMES, type SvgTheme } from "../chart-svg/theme";

/** Size a chart is laid out for when the URL gives none (8:5). */
export const DEFAULT_SIZE = { width: 800, height: 500 } as const;

/** The site name oEmbed reports as provider_name. */
export const PROVIDER_NAME = "CLIP scaling laws";

export interface Size { width: number; height: number }

/** `url` with a pinned query plus size and theme. */
function sized(url: string, pinned: string, size: Size, theme?: "light" | "dark"): string {
  const q = new URLSearchParams(pinned);
  q.set("width", String(size.width));
  q.set("height", String(size.height));
  if (theme) q.set("theme", theme);
  return `${url}?${q}`;
}

/** Absolute URL of `/embed/<view>` for a pinned query, size and theme. */
export function embedUrl(origin: string, viewId: string, pinned: string, size: Size = DEFAULT_SIZE, theme?: "light" | "dark"): string {
  return sized(`${origin}/embed/${viewId}`, pinned, size, theme);
}

/** Absolute URL of the static chart image for a pinned /explore query. */
export function chartImageUrl(origin: string, pinned: string, ext: "svg" | "png", size: Size = DEFAULT_SIZE, theme?: "light" | "dark"): string {
  return sized(`${origin}/api/v1/chart.${ext}`, pinned, size, theme);
}

/** The `<iframe>` snippet to paste into another site (every attribute escaped). */
export function iframeSnippet(src: string, size: Size, title: string): string {
  return `<iframe src="${esc(src)}" width="${size.width}" height="${size.height}" title="${esc(title)}" loading="lazy" style="border:0;max-width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}

/** oEmbed endpoint URL for a page (the discovery `<link rel="alternate" type="application/json+oembed">`). */
export function oembedHref(origin: string, pageUrl: string): string {
  return `${origin}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}

/** Largest size within max width/height, keeping the default aspect ratio (oEmbed maxwidth/maxheight). */
export function fitSize(maxwidth?: number, maxheight?: number, base: Size = DEFAULT_SIZE): Size {
  let { width, height } = base;
  if (maxwidth !== undefined && width > maxwidth) [width, height] = [maxwidth, Math.round((maxwidth * base.height) / base.width)];
  if (maxheight !== undefined && height > maxheight) [width, height] = [Math.round((maxheight * base.width) / base.height), maxheight];
  return { width: Math.max(1, width), height: Math.max(1, height) };
}
export interface EmbedDocument {
  title: string;
  theme: SvgTheme;
  /** The chart (an SVG document string whose every text is already escaped), or a message instead. */
  body: { svg: string } | { error: { title: string; message: string } };
  /** The interactive view this embed shows (absolute URL). */
  href?: string;
  /** oEmbed discovery link (absolute URL). */
  oembed?: string;
  /** Extra CSS (which width layout to show). */
  css?: string;
}

const vars = (t: Record<"bg" | "fg" | "muted" | "grid" | "axis" | "bannerBg" | "bannerFg", string>) =>
  `--chart-bg:${t.bg};--chart-fg:${t.fg};--chart-muted:${t.muted};--chart-grid:${t.grid};--chart-axis:${t.axis};--chart-banner-bg:${t.bannerBg};--chart-banner-fg:${t.bannerFg}`;
// theme "auto": the light or dark values by prefers-color-scheme, as variables the SVG's style attributes read.
const AUTO_CSS = `[data-theme="auto"]{color-scheme:light;${vars(SVG_THEMES.light)}}` +
  `@media (prefers-color-scheme: dark){[data-theme="auto"]{color-scheme:dark;${vars(SVG_THEMES.dark)}}}`;

// One stylesheet for both themes, so the document is the same bytes apart from its data.
const CSS = AUTO_CSS + Object.entries(SVG_THEMES).map(([name, t]) =>
  `[data-theme="${name}"]{background:${t.bg};color:${t.fg}}[data-theme="${name}"] .embed-link{color:${t.muted}}`).join("") +
  "html,body{margin:0;height:100%}body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;font-size:15px;line-height:1.45}" +
  ".embed-root{position:fixed;inset:0;display:flex;flex-direction:column;overflow:hidden}.embed-main{flex:1 1 auto;min-height:0}" +
  ".embed-chart,.embed-chart svg{width:100%;height:100%}.embed-link{flex:none;align-self:flex-end;padding:0 8px 4px;font-size:12px;line-height:16px}" +
  ".error-box{margin:1rem;border:1px solid #b00020;color:#b00020;border-radius:8px;padding:.75rem 1rem}[data-theme=\"dark\"] .error-box{border-color:#ff7a8a;color:#ff7a8a}";

/**
 * An /embed page as one HTML document: the chart alone (no site chrome), the theme's background
 * (independent of the visitor's saved site theme), a link to the interactive view under it. No
 * script of any kind: the document is complete as sent, and its policy is `script-src 'none'`.
 */
export function embedHtml(d: EmbedDocument): string {
  const main = "svg" in d.body
    ? `<div class="embed-chart">${d.body.svg}</div>`
    : `<div class="error-box" role="alert"><strong>${esc(d.body.error.title)}</strong><div>${esc(d.body.error.message)}</div></div>`;
  return [
    "<!DOCTYPE html>",
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">`,
    `<title>${esc(d.title)} · CLIP scaling laws</title>`,
    d.oembed ? `<link rel="alternate" type="application/json+oembed" href="${esc(d.oembed)}" title="${esc(d.title)}">` : "",
    `<link rel="icon" href="/favicon.ico"><style>${CSS}${d.css ?? ""}</style></head>`,
    `<body><div data-theme="${d.theme}" class="embed-root"><div class="embed-main">${main}</div>`,
    d.href ? `<a class="embed-link" href="${esc(d.href)}" target="_blank" rel="noopener">Open interactive view ↗</a>` : "",
    "</div></body></html>",
  ].join("");
}
