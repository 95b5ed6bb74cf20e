"use client";
import { useEffect, useMemo, useState } from "react";
import { usePlaceStore } from "@/components/place/use-place-store";
import { Select } from "@/components/ui/select";
import { FIT_GROUPS, GROUP_LABELS } from "@/lib/domain/groups";
import { METHOD_LABELS, VIEW_METHODS } from "@/lib/domain/paper";
import { readResults } from "@/lib/place/read";
import { placeAll, type ModelPlacement } from "@/lib/place/run";
import { decodeShare } from "@/lib/place/share";
import type { StoredModel } from "@/lib/place/stored";
import { formatPlaceIssue, type PlaceIssue } from "@/lib/place/types";
import { placementCsv, saveText } from "./downloads";
import { FileInput } from "./file-input";
import { ModelForm } from "./model-form";
import { PlacementTable } from "./placement-table";
import { ShareLink } from "./share-link";
import { useLaws } from "./use-laws";

/** /place: read files in the browser, fill in compute, place against a law, keep in browser storage. */
export function PlaceView() {
  const [store, update] = usePlaceStore();
  const [issues, setIssues] = useState<PlaceIssue[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const { laws, archs, payload, error } = useLaws(store.group, store.method);

  // A share link (#p=…) adds its models to this browser's storage once, then leaves the address.
  useEffect(() => {
    if (!window.location.hash.startsWith("#p=")) return;
    void decodeShare(window.location.hash).then((shared) => {
      if (!shared) { setStatus("The share link could not be read (damaged or from another version)."); return; }
      update((s) => ({ ...s, group: shared.group, method: shared.method, models: [...s.models.filter((m) => !shared.models.some((x) => x.id === m.id)), ...shared.models] }));
      setStatus(`Loaded ${shared.models.length} shared model${shared.models.length === 1 ? "" : "s"} from the link (kept in this browser only).`);
    });
  }, [update]);

  const addFiles = (files: { name: string; text: string }[]) => {
    const found: PlaceIssue[] = [];
    const added: StoredModel[] = [];
    for (const f of files) {
      const r = readResults(f.text, f.name);
      found.push(...r.issues);
      for (const m of r.models) added.push({ id: `${f.name}:${m.model}`, results: m, overrides: {}, compute: null, visible: true });
    }
    setIssues(found);
    const err = update((s) => ({ ...s, models: [...s.models.filter((m) => !added.some((a) => a.id === m.id)), ...added] }));
    setStatus(err ?? `Read ${added.length} model${added.length === 1 ? "" : "s"} from ${files.length} file${files.length === 1 ? "" : "s"}${found.length ? `; ${found.length} problem${found.length === 1 ? "" : "s"} below` : ""}.`);
  };

  const placed: ModelPlacement[] = useMemo(() => {
    if (!laws) return [];
    return store.models.map((m) => placeAll([m.results], { archs, laws, group: store.group, method: store.method, overrides: { "*": m.overrides } })[0]!);
  }, [store.models, store.group, store.method, laws, archs]);

  // Keep each model's resolved compute with it, so other views draw it without refetching laws.
  useEffect(() => {
    if (!laws || placed.length !== store.models.length) return;
    if (store.models.every((m, i) => m.compute === placed[i]!.compute.compute)) return;
    update((s) => ({ ...s, models: s.models.map((m) => ({ ...m, compute: placed.find((p) => p.model === m.results)?.compute.compute ?? m.compute })) }));
  }, [placed, laws, store.models, update]);

  const rows = placed.flatMap((p) => p.rows);
  const setModel = (id: string, f: (m: StoredModel) => StoredModel | null) =>
    update((s) => ({ ...s, models: s.models.flatMap((m) => (m.id === id ? [f(m)].filter((x): x is StoredModel => x !== null) : [m])) }));
  const meta = () => ({ group: store.group, method: store.method, laws: payload?.meta ?? null, generated_at: new Date().toISOString(), privacy: "placed in the browser; nothing was uploaded",
    models: placed.map((p) => ({ ...p.summary, file: p.model.file, format: p.model.format, gmacs_source: p.compute.gmacsSource, samples_seen_source: p.compute.samplesSource })) });

  return (
    <div className="place-view">
      <div className="controls">
        <Select label="Law of" value={store.group} onChange={(e) => update((s) => ({ ...s, group: e.target.value }))} aria-label="Group"
          options={FIT_GROUPS.map((g) => [g, GROUP_LABELS[g]] as const)} />
        <Select label="Method" value={store.method} onChange={(e) => update((s) => ({ ...s, method: e.target.value }))} aria-label="Method"
          options={VIEW_METHODS.map((m) => [m, METHOD_LABELS[m] ?? m] as const)} />
      </div>
      <FileInput onFiles={addFiles} />
      {status && <p role="status" className="place-status">{status}</p>}
      {issues.length > 0 && (
        <div className="error-box" role="alert"><p>These files could not be read (nothing from them was placed):</p>
          <ul className="place-issues">{issues.slice(0, 50).map((i, k) => <li key={k}><code>{formatPlaceIssue(i)}</code></li>)}</ul></div>
      )}
      {error && <p className="error-box" role="alert">Could not load the laws: {error}</p>}
      {!laws && !error && store.models.length > 0 && <p className="muted" role="status">Fitting the laws…</p>}
      {placed.map((p, i) => (
        <ModelForm key={store.models[i]!.id} m={store.models[i]!} compute={p.compute} summary={p.summary} archs={archs}
          onChange={(o) => setModel(store.models[i]!.id, (m) => ({ ...m, overrides: o }))}
          onToggle={() => setModel(store.models[i]!.id, (m) => ({ ...m, visible: !m.visible }))}
          onRemove={() => setModel(store.models[i]!.id, () => null)} />
      ))}
      {rows.length > 0 && (
        <section aria-label="Placement of your models">
          <div className="report-buttons">
            <button type="button" className="report-button" onClick={() => saveText(`place_${store.group}_${store.method}.csv`, placementCsv(rows), "text/csv")}>Download CSV</button>
            <button type="button" className="report-button" onClick={() => saveText(`place_${store.group}_${store.method}.json`, JSON.stringify({ rows, meta: meta() }, null, 1), "application/json")}>Download JSON (with provenance)</button>
            <ShareLink store={store} />
          </div>
          <PlacementTable rows={rows} caption={`Your models against the ${GROUP_LABELS[store.group as keyof typeof GROUP_LABELS] ?? store.group} law (${store.method}); error and law as % error, residual in percentage points, multiplier = effective compute / the model's compute.`} />
        </section>
      )}
    </div>
  );
}
