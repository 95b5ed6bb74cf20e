"use client";
import { useQuery } from "@tanstack/react-query";
import { Scatter } from "recharts";
import { formatPct, formatSci } from "@/lib/format";
import { layerPoints } from "@/lib/place/stored";
import { ZOO } from "./place-layer-controls";
import { usePlaceStore } from "./use-place-store";

/** Colours of the two layers: never an architecture or fit-group colour (black/white star, grey diamond). */
const YOURS = "var(--fg)";

type Datum = Record<string, number | string>;
type ShapeProps = { cx?: number; cy?: number; payload?: Datum };

function Star({ cx, cy, payload }: ShapeProps) {
  if (cx === undefined || cy === undefined || !payload) return <g />;
  const pts = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? 3.2 : 8;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    return `${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`;
  }).join(" ");
  return (
    <g className="place-layer-yours" data-model={String(payload.model)}>
      <title>{`${payload.model} (your model): ${formatPct(Number(payload.error))} error at ${formatSci(Number(payload.compute))} GMACs`}</title>
      <polygon points={pts} fill="var(--accent)" stroke={YOURS} strokeWidth={1.2} />
      <text x={cx + 9} y={cy - 6} fontSize={10} fill="var(--fg)">{String(payload.model).slice(0, 24)}</text>
    </g>
  );
}

function Diamond({ cx, cy, payload }: ShapeProps) {
  if (cx === undefined || cy === undefined || !payload) return <g />;
  return (
    <path className="place-layer-zoo" d={`M${cx},${cy - 4}L${cx + 4},${cy}L${cx},${cy + 4}L${cx - 4},${cy}Z`} fill="none" stroke={ZOO} strokeWidth={1}>
      <title>{`${payload.model} (public open_clip model): ${formatPct(Number(payload.error))} error at ${formatSci(Number(payload.compute))} GMACs`}</title>
    </path>
  );
}

/** Public-zoo points of one task (placed on the server against LAION's law; only models with known compute). */
function useZooPoints(task: string, enabled: boolean) {
  return useQuery({
    queryKey: ["place-zoo", task],
    enabled,
    staleTime: Infinity,
    queryFn: async () => {
      const r = await fetch(`/api/v1/place/zoo?task=${encodeURIComponent(task)}`);
      if (!r.ok) return [];
      const body = (await r.json()) as { rows: { model: string; compute: number | null; error: number | null }[] };
      return body.rows.filter((x) => x.compute !== null && x.error !== null && x.error > 0).map((x) => ({ model: x.model, compute: x.compute!, error: x.error! }));
    },
  });
}

/**
 * "Your models" (from /place, kept in this browser) and, optionally, "public models" as extra
 * scatter series inside a recharts chart. `xKey`/`yKey` are the chart's data keys; y is error in %.
 */
export function PlaceScatterLayers({ task, metric, xKey = "x", yKey = "y", zoo = false }: { task: string; metric?: string; xKey?: string; yKey?: string; zoo?: boolean }) {
  const [store] = usePlaceStore();
  const zq = useZooPoints(task, zoo && store.layers.zoo);
  // Only the chart's own metric: a layer of top-1 errors on a chart of another metric would mislead.
  const mine = store.layers.yours ? layerPoints(store, task).filter((p) => metric === undefined || p.metric === metric) : [];
  const datum = (p: { model: string; compute: number; error: number }): Datum => ({ [xKey]: p.compute, [yKey]: p.error * 100, model: p.model, compute: p.compute, error: p.error });
  return (
    <>
      {zoo && store.layers.zoo && (zq.data?.length ?? 0) > 0 && (
        <Scatter name="Public models (open_clip)" data={zq.data!.map(datum)} shape={Diamond} tooltipType="none" isAnimationActive={false} legendType="none" />
      )}
      {mine.length > 0 && <Scatter name="Your models" data={mine.map(datum)} shape={Star} tooltipType="none" isAnimationActive={false} legendType="none" />}
    </>
  );
}

// The toggles live apart from recharts, so a page can show them without loading the chart library.
export { PlaceLayerControls } from "./place-layer-controls";
