"use client";
import { useState, type DragEvent } from "react";

/** Drop or pick several files, or paste one; each arrives as (name, text). Nothing leaves the browser. */
export function FileInput({ onFiles }: { onFiles: (files: { name: string; text: string }[]) => void }) {
  const [over, setOver] = useState(false);
  const [paste, setPaste] = useState("");
  const [pasteName, setPasteName] = useState("pasted.jsonl");
  const take = async (list: FileList | null) => {
    if (!list) return;
    onFiles(await Promise.all([...list].map(async (f) => ({ name: f.name, text: await f.text() }))));
  };
  const drop = (e: DragEvent) => { e.preventDefault(); setOver(false); void take(e.dataTransfer.files); };
  return (
    <div className="place-input">
      <label className={`place-drop${over ? " place-drop-over" : ""}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop} data-testid="place-drop">
        <span>Drop result files here (CLIP_benchmark JSON or CSV, DataComp eval_results.jsonl, zeroshot_results.csv layout), or choose:</span>
        <input type="file" multiple accept=".json,.jsonl,.csv,.txt,application/json,text/csv" onChange={(e) => { void take(e.target.files); e.target.value = ""; }} aria-label="Result files" />
      </label>
      <details className="place-paste">
        <summary>Paste a file instead</summary>
        <label>File name <input value={pasteName} onChange={(e) => setPasteName(e.target.value)} /></label>
        <textarea aria-label="Pasted results" rows={6} value={paste} onChange={(e) => setPaste(e.target.value)} placeholder='{"dataset": "imagenet1k", "model": "ViT-B-32", "pretrained": "laion2b_s34b_b79k", "task": "zeroshot_classification", "metrics": {"acc1": 0.66}}' />
        <button type="button" disabled={!paste.trim()} onClick={() => { onFiles([{ name: pasteName || "pasted", text: paste }]); setPaste(""); }}>Place pasted text</button>
      </details>
    </div>
  );
}
