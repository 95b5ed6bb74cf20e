import { UPSTREAM_SHAPES } from "@/lib/chart/palette";

/** A small marker in the paper's shape for an upstream dataset (80M ▼, 400M ●, 2B ■, OpenAI ★). */
export function AtlasMarker({ upstream, x, y, r, fill }: { upstream: string; x: number; y: number; r: number; fill: string }) {
  const shape = UPSTREAM_SHAPES[upstream] ?? "diamond";
  const common = { fill, stroke: "var(--bg)", strokeWidth: 0.6 };
  switch (shape) {
    case "circle":
      return <circle cx={x} cy={y} r={r} {...common} />;
    case "square":
      return <rect x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} {...common} />;
    case "triangle":
      return <path d={`M${x - r},${y - r * 0.8}L${x + r},${y - r * 0.8}L${x},${y + r}Z`} {...common} />;
    case "star":
      return <path d={starPath(x, y, r * 1.35)} {...common} />;
    default:
      return <path d={`M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`} {...common} />;
  }
}

function starPath(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? r : r * 0.45;
    const t = (Math.PI / 5) * i - Math.PI / 2;
    pts.push(`${(cx + rad * Math.cos(t)).toFixed(2)},${(cy + rad * Math.sin(t)).toFixed(2)}`);
  }
  return `M${pts.join("L")}Z`;
}
