"use client";
import { useState } from "react";

/** Copies `text` to the clipboard and says so (announced to screen readers). */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied");
    } catch {
      setStatus("Select the text and copy it (clipboard unavailable)");
    }
  };
  return (
    <span className="report-copy">
      <button type="button" onClick={copy}>{label}</button>
      <span role="status" aria-live="polite" className="muted">{status}</span>
    </span>
  );
}
