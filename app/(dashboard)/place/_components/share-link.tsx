"use client";
import { useState } from "react";
import { encodeShare } from "@/lib/place/share";
import type { PlaceStore } from "@/lib/place/stored";

/** A link with the placement compressed into its #fragment (never sent to any server), or why not. */
export function ShareLink({ store }: { store: PlaceStore }) {
  const [link, setLink] = useState<string | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const make = async () => {
    const r = await encodeShare(store);
    if ("reason" in r) { setReason(r.reason); setLink(null); return; }
    const url = `${window.location.origin}/place#${r.fragment}`;
    setLink(url);
    setReason(null);
    try { await navigator.clipboard.writeText(url); } catch { /* the field below still shows it */ }
  };
  return (
    <span className="place-share">
      <button type="button" className="report-button" onClick={() => void make()}>Share link</button>
      {link && <input readOnly value={link} aria-label="Share link" size={40} onFocus={(e) => e.target.select()} />}
      {reason && <span className="muted" role="status">{reason}</span>}
    </span>
  );
}
