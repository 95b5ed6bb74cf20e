"use client";
import { formatCount, formatSci } from "@/lib/format";
import type { ArchGmacs, ComputeInfo, ComputeOverrides } from "@/lib/place/compute";
import type { PlacementSummary } from "@/lib/place/place";
import type { StoredModel } from "@/lib/place/stored";
import { formatNum } from "@/lib/format";

/** One model: its compute (and what is missing), fields to fill it in, summary, show/remove. */
export function ModelForm({ m, compute, summary, archs, onChange, onRemove, onToggle }: {
  m: StoredModel; compute: ComputeInfo; summary: PlacementSummary; archs: Map<string, ArchGmacs>;
  onChange: (o: ComputeOverrides) => void; onRemove: () => void; onToggle: () => void;
}) {
  const set = (k: keyof ComputeOverrides, v: string) => {
    const next: ComputeOverrides = { ...m.overrides };
    if (v.trim() === "") delete next[k];
    else if (k === "gmacs") next.gmacs = Number(v) > 0 ? Number(v) : undefined;
    else next[k] = v.trim();
    onChange(next);
  };
  const id = m.id.replace(/[^\w-]/g, "_");
  return (
    <fieldset className="card place-model" data-model={m.results.model}>
      <legend><strong>{m.results.model}</strong> <span className="muted">({m.results.file}, {m.results.rows.length} results)</span></legend>
      <div className="controls">
        <label>Architecture <input list={`archs-${id}`} name="arch" defaultValue={m.overrides.arch ?? m.results.arch ?? ""} onBlur={(e) => set("arch", e.target.value)} placeholder="ViT-B-32" /></label>
        <datalist id={`archs-${id}`}>{[...archs.keys()].map((a) => <option key={a} value={a} />)}</datalist>
        <label>or GMACs per sample <input name="gmacs" inputMode="decimal" defaultValue={m.overrides.gmacs ?? ""} onBlur={(e) => set("gmacs", e.target.value)} placeholder={compute.gmacs === null ? "" : formatNum(compute.gmacs)} size={8} /></label>
        <label>Samples seen <input name="samples_seen" defaultValue={m.overrides.samplesSeen ?? ""} onBlur={(e) => set("samplesSeen", e.target.value)} placeholder={compute.samplesSeen === null ? "13B" : formatCount(compute.samplesSeen)} size={8} /></label>
        <label><input type="checkbox" checked={m.visible} onChange={onToggle} /> show on charts</label>
        <button type="button" onClick={onRemove} aria-label={`Remove ${m.results.model}`}>Remove</button>
      </div>
      {compute.compute === null
        ? <p className="place-missing" role="status">Compute unknown — placed on no chart: {compute.missing.join("; ")}.</p>
        : <p className="muted place-compute">Compute {formatSci(compute.compute)} GMACs = {formatNum(compute.gmacs)} GMACs/sample ({compute.gmacsSource}) × {formatCount(compute.samplesSeen!)} samples ({compute.samplesSource}).</p>}
      <p className="place-summary" data-testid="place-summary">
        {summary.median_multiplier === null ? "No multiplier yet." : <>Median compute multiplier <strong>{formatNum(summary.median_multiplier)}×</strong> over {summary.tasks_with_law} tasks with a law</>}
        {" "}· beyond the law&apos;s 95% interval: {summary.tasks_below} better, {summary.tasks_above} worse{summary.tasks_without_interval ? `; ${summary.tasks_without_interval} without an interval` : ""}.
      </p>
      {m.results.notes.map((n) => <p key={n} className="muted place-note">Note: {n}</p>)}
    </fieldset>
  );
}
