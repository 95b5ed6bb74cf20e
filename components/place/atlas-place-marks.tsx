"use client";
import { formatPct, formatSci } from "@/lib/format";
import { layerPoints } from "@/lib/place/stored";
import { usePlaceStore } from "./use-place-store";

/** The panel's log–log geometry: log10 domains and the plot box in viewBox units. */
export interface PanelGeometry { lx: [number, number]; ly: [number, number]; box: { l: number; t: number; w: number; h: number } }

/** "Your models" as small stars inside a static atlas panel (its metric only; points off the panel are counted in the title). */
export function AtlasPlaceMarks({ task, metric, g }: { task: string; metric: string; g: PanelGeometry }) {
  const [store] = usePlaceStore();
  if (!store.layers.yours) return null;
  const pts = layerPoints(store, task).filter((p) => p.metric === metric);
  const sx = (c: number) => g.box.l + ((Math.log10(c) - g.lx[0]) / (g.lx[1] - g.lx[0])) * g.box.w;
  const sy = (e: number) => g.box.t + ((g.ly[1] - Math.log10(e * 100)) / (g.ly[1] - g.ly[0])) * g.box.h;
  return (
    <g className="atlas-place-layer">
      {pts.map((p) => {
        const x = sx(p.compute);
        const y = sy(p.error);
        const inside = x >= g.box.l && x <= g.box.l + g.box.w && y >= g.box.t && y <= g.box.t + g.box.h;
        return inside ? (
          <path key={p.id} className="place-layer-yours" data-model={p.model} d={`M${x},${y - 4.5}L${x + 1.3},${y - 1.3}L${x + 4.5},${y}L${x + 1.3},${y + 1.3}L${x},${y + 4.5}L${x - 1.3},${y + 1.3}L${x - 4.5},${y}L${x - 1.3},${y - 1.3}Z`} fill="var(--accent)" stroke="var(--fg)" strokeWidth={0.6}>
            <title>{`${p.model} (your model): ${formatPct(p.error)} error at ${formatSci(p.compute)} GMACs`}</title>
          </path>
        ) : null;
      })}
    </g>
  );
}
