"use client";
import Link from "next/link";
import { layerPoints } from "@/lib/place/stored";
import { usePlaceStore } from "./use-place-store";

/** Colour of the public-zoo layer (never an architecture or fit-group colour). */
export const ZOO = "#8c8c8c";

/** Toggles, labels and remove buttons for the layers (outside the chart). */
export function PlaceLayerControls({ task, zoo = false }: { task?: string; zoo?: boolean }) {
  const [store, update] = usePlaceStore();
  const mine = task === undefined ? store.models.filter((m) => m.visible && m.compute !== null) : layerPoints(store, task);
  const unplaced = store.models.filter((m) => m.visible && m.compute === null).length;
  if (store.models.length === 0 && !zoo) return null;
  return (
    <div className="place-layer" role="group" aria-label="Model layers">
      <label><input type="checkbox" checked={store.layers.yours} onChange={() => update((s) => ({ ...s, layers: { ...s.layers, yours: !s.layers.yours } }))} />
        {" "}<span aria-hidden="true">★</span> Your models ({mine.length}{task === undefined ? " placed" : " on this task"}{unplaced ? `, ${unplaced} without compute` : ""})</label>
      {store.models.filter((m) => m.visible).map((m) => (
        <button key={m.id} type="button" className="report-button" aria-label={`Remove ${m.results.model} from the charts`}
          onClick={() => update((s) => ({ ...s, models: s.models.map((x) => (x.id === m.id ? { ...x, visible: false } : x)) }))}>{m.results.model} ×</button>
      ))}
      {zoo && (
        <label><input type="checkbox" checked={store.layers.zoo} onChange={() => update((s) => ({ ...s, layers: { ...s.layers, zoo: !s.layers.zoo } }))} />
          {" "}<span aria-hidden="true" style={{ color: ZOO }}>◇</span> Public models (open_clip zoo)</label>
      )}
      <Link href="/place">Place your models…</Link>
    </div>
  );
}
