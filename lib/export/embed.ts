import { esc } from "../chart-svg/escape";

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
