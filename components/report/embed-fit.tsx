"use client";
import { useEffect, useRef } from "react";

/** Smallest font the chart images use (ticks, legend, source): 11 px. */
const SMALLEST_FONT = 11;
/** Text must stay at least this large on screen. */
const MIN_TEXT_PX = 10;

/**
 * The server-drawn chart of an embed, re-laid out for the frame it is shown in: when the frame is
 * so much smaller than the declared size that text would shrink below 10 px, the same chart is
 * fetched from /api/v1/chart.svg at the frame's own size (fewer ticks and a compact legend there,
 * never smaller text). Without JavaScript the server's drawing stays.
 */
export function EmbedFit({ svg, query, width, height, theme }: { svg: string; query: string; width: number; height: number; theme: "light" | "dark" | "auto" }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let timer = 0;
    let ctrl: AbortController | null = null;
    let drawn = `${width}x${height}`;
    const dark = window.matchMedia("(prefers-color-scheme: dark)");
    const refit = () => {
      const w = Math.floor(el.clientWidth);
      const h = Math.floor(el.clientHeight);
      const scale = Math.min(w / width, h / height);
      const key = `${w}x${h}`;
      if (scale * SMALLEST_FONT >= MIN_TEXT_PX) {
        if (drawn !== `${width}x${height}`) { el.innerHTML = svg; drawn = `${width}x${height}`; }
        return;
      }
      if (key === drawn || w < 1 || h < 1) return;
      ctrl?.abort();
      ctrl = new AbortController();
      const q = new URLSearchParams(query);
      q.set("width", String(Math.max(240, w)));
      q.set("height", String(Math.max(180, h)));
      q.set("theme", theme === "auto" ? (dark.matches ? "dark" : "light") : theme);
      fetch(`/api/v1/chart.svg?${q}`, { signal: ctrl.signal })
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
        .then((text) => {
          // Same-origin image of our own renderer (every text escaped there); drawn at the frame's size.
          el.innerHTML = text;
          el.querySelector("svg")?.setAttribute("style", "width:100%;height:100%");
          drawn = key;
        })
        .catch(() => { /* keep the server's drawing */ });
    };
    const schedule = () => { window.clearTimeout(timer); timer = window.setTimeout(refit, 120); };
    const ro = new ResizeObserver(schedule);
    ro.observe(el);
    const onScheme = () => { drawn = ""; schedule(); };
    if (theme === "auto") dark.addEventListener("change", onScheme);
    refit();
    return () => { ro.disconnect(); ctrl?.abort(); window.clearTimeout(timer); dark.removeEventListener("change", onScheme); };
  }, [svg, query, width, height, theme]);
  return <div ref={box} className="embed-chart" data-embed-fit style={{ width: "100%", height: "100%" }} dangerouslySetInnerHTML={{ __html: svg }} />;
}
