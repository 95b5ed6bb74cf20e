import { px } from "./escape";

export type MarkerShape = "triangle" | "circle" | "square" | "star" | "diamond";

/**
 * SVG path of a marker of the given area (px², as recharts' symbol `size`) centred at (x, y).
 * The triangle points down, as the paper draws LAION-80M.
 */
export function markerPath(shape: MarkerShape, x: number, y: number, area: number): string {
  const r = Math.sqrt(area / Math.PI);
  switch (shape) {
    case "circle":
      return `M${px(x - r)},${px(y)}a${px(r)},${px(r)} 0 1,0 ${px(2 * r)},0a${px(r)},${px(r)} 0 1,0 ${px(-2 * r)},0Z`;
    case "square": {
      const h = Math.sqrt(area) / 2;
      return `M${px(x - h)},${px(y - h)}h${px(2 * h)}v${px(2 * h)}h${px(-2 * h)}Z`;
    }
    case "diamond": {
      const h = Math.sqrt(area / 2);
      return `M${px(x)},${px(y - h)}L${px(x + h)},${px(y)}L${px(x)},${px(y + h)}L${px(x - h)},${px(y)}Z`;
    }
    case "triangle": {
      const s = Math.sqrt((4 * area) / Math.sqrt(3));
      const hgt = (s * Math.sqrt(3)) / 2;
      return `M${px(x - s / 2)},${px(y - hgt / 3)}L${px(x + s / 2)},${px(y - hgt / 3)}L${px(x)},${px(y + (2 * hgt) / 3)}Z`;
    }
    case "star": {
      const outer = r * 1.35;
      const inner = outer * 0.45;
      let d = "";
      for (let i = 0; i < 10; i++) {
        const rad = i % 2 === 0 ? outer : inner;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        d += `${i === 0 ? "M" : "L"}${px(x + rad * Math.cos(a))},${px(y + rad * Math.sin(a))}`;
      }
      return `${d}Z`;
    }
  }
}
