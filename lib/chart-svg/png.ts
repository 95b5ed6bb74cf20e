import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { SVG_FONT } from "./theme";

/**
 * Rasterise an SVG document at its own pixel size (its width × height attributes). resvg needs real
 * fonts: it loads the system's (Debian: fonts-dejavu-core) with DejaVu Sans as the default family.
 * (@resvg/resvg-js is a native addon: next.config.js lists it in serverExternalPackages.)
 */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  const opts: ResvgRenderOptions = { fitTo: { mode: "original" }, font: { loadSystemFonts: true, defaultFontFamily: SVG_FONT.split(",")[0]! } };
  return Uint8Array.from(new Resvg(svg, opts).render().asPng());
}
