import { describe, expect, it } from "vitest";
import { svgToPng } from "./png";

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#fff"/>${body}</svg>`;

describe("svgToPng", () => {
  it("renders at the SVG's own pixel size", () => {
    const png = svgToPng(svg(""));
    const v = new DataView(png.buffer);
    expect([v.getUint32(16), v.getUint32(20)]).toEqual([120, 40]);
  });
  // resvg draws no text at all without a font: this fails on a machine without fonts-dejavu-core
  // (or another system font), where every PNG chart would lose its labels silently.
  it("finds a system font for text", () => {
    const blank = svgToPng(svg(""));
    const text = svgToPng(svg(`<text x="4" y="28" font-size="20" font-family="DejaVu Sans, sans-serif" fill="#000">E = A·C^α</text>`));
    expect(Buffer.from(text).equals(Buffer.from(blank))).toBe(false);
  });
});
