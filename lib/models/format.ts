import { archLabel } from "../domain/arch";

/** 86016 → "86,016" (whole numbers in recipe tables); null → "–". */
export function formatInt(v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? "–" : Math.round(v).toLocaleString("en-US");
}

/** 0.001 → "1e-3", 0.0005 → "5e-4": learning rates as the upstream model names write them. */
export function formatLr(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  return v.toExponential().replace(/e\+0$/, "");
}

/** A model's short readable name: "ViT-B/16 · LAION-2B · 13B" (the full id goes on hover). */
export function shortModelName(m: { arch: string; upstream: string; samplesSeenPretty: string }): string {
  return `${archLabel(m.arch)} · ${m.upstream} · ${m.samplesSeenPretty}`;
}
