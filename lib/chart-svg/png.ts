import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { SVG_FONT } from "./theme";

/**
 * Rasterise an SVG document at its own pixel size (its width × height attributes). resvg needs real
 * fonts: given `fontFiles`, it loads only those; otherwise it scans the system's (Debian:
 * fonts-dejavu-core). DejaVu Sans is the default family either way.
 * (@resvg/resvg-js is a native addon: next.config.js lists it in serverExternalPackages.)
 */
export function svgToPng(svg: string, fontFiles: readonly string[] = []): Uint8Array<ArrayBuffer> {
  const font = fontFiles.length ? { loadSystemFonts: false, fontFiles: [...fontFiles] } : { loadSystemFonts: true };
  const opts: ResvgRenderOptions = { fitTo: { mode: "original" }, font: { ...font, defaultFontFamily: SVG_FONT.split(",")[0]! } };
  return Uint8Array.from(new Resvg(svg, opts).render().asPng());
}
