import { UPSTREAM_SHAPES } from "@/lib/chart/palette";

/** A small marker in the paper's shape for an upstream dataset (80M ▼, 400M ●, 2B ■, OpenAI ★). */
export function AtlasMarker({ upstream, x, y, r, fill }: { upstream: string; x: number; y: number; r: number; fill: string }) {
  const shape = UPSTREAM_SHAPES[upstream] ?? "diamond";
  // Stroke comes from the .atlas-marker class (a thin outline in the background colour).
  const common = { fill, className: "atlas-marker" };
  switch (shape) {
    case "circle":
      return <circle cx={x} cy={y} r={r} {...common} />;
    case "square":
      return <rect x={r1(x - r * 0.9)} y={r1(y - r * 0.9)} width={r1(r * 1.8)} height={r1(r * 1.8)} {...common} />;
    case "triangle":
      return <path d={`M${r1(x - r)},${r1(y - r * 0.8)}L${r1(x + r)},${r1(y - r * 0.8)}L${r1(x)},${r1(y + r)}Z`} {...common} />;
    case "star":
      return <path d={starPath(x, y, r * 1.35)} {...common} />;
    default:
      return <path d={`M${r1(x)},${r1(y - r)}L${r1(x + r)},${r1(y)}L${r1(x)},${r1(y + r)}L${r1(x - r)},${r1(y)}Z`} {...common} />;
  }
}

function starPath(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? r : r * 0.45;
    const t = (Math.PI / 5) * i - Math.PI / 2;
    pts.push(`${r1(cx + rad * Math.cos(t))},${r1(cy + rad * Math.sin(t))}`);
  }
  return `M${pts.join("L")}Z`;
}

/** One decimal is plenty at these sizes and keeps the markup short. */
export function r1(v: number): number {
  return Math.round(v * 10) / 10;
}
