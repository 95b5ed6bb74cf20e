"use client";
import { useId, useState } from "react";
import { chartImageUrl, embedUrl, iframeSnippet } from "@/lib/export/embed";
import { Select } from "@/components/ui/select";
import { CopyButton } from "./copy-button";
import { useSiteOrigin } from "./site-origin";

const clamp = (v: number, lo: number, hi: number) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : lo);

/** The iframe snippet (size and theme adjustable) plus direct image links, for a pinned query. */
export function EmbedPanel({ pinned, title }: { pinned: string; title: string }) {
  const id = useId();
  const [width, setWidth] = useState(800);
  const [height, setHeight] = useState(500);
  const [theme, setTheme] = useState<"light" | "dark">("light");
  const origin = useSiteOrigin();
  const size = { width: clamp(width, 240, 2400), height: clamp(height, 180, 1600) };
  const shownTheme = theme === "dark" ? theme : undefined; // light is the default: keep URLs short
  const snippet = iframeSnippet(embedUrl(origin, "explore", pinned, size, shownTheme), size, title);
  return (
    <div className="report-panel">
      <div className="report-fields">
        <label>Width <input type="number" min={240} max={2400} value={width} onChange={(e) => setWidth(Number(e.target.value))} /></label>
        <label>Height <input type="number" min={180} max={1600} value={height} onChange={(e) => setHeight(Number(e.target.value))} /></label>
        <Select label="Theme" value={theme} onChange={(e) => setTheme(e.target.value as "light" | "dark")} options={[["light", "Light"], ["dark", "Dark"]]} />
      </div>
      <label htmlFor={`${id}-snippet`}>Paste this into your page:</label>
      <textarea id={`${id}-snippet`} className="report-code" readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <CopyButton text={snippet} label="Copy embed code" />
      <p className="muted">
        The link is pinned to this data version and fit method. Static image of the same chart:{" "}
        <a href={chartImageUrl(origin, pinned, "svg", size, shownTheme)}>SVG</a> · <a href={chartImageUrl(origin, pinned, "png", size, shownTheme)}>PNG</a>.
        oEmbed consumers can use this page&apos;s URL directly.
      </p>
    </div>
  );
}
