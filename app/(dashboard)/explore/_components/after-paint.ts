"use client";
import { startTransition, useEffect, useState } from "react";

/**
 * Run `fn` once the browser has painted the next frame (a task queued from requestAnimationFrame
 * runs after that frame's paint). Returns a cancel, for an effect's cleanup.
 */
export function afterPaint(fn: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * `value`, but a new value is shown only after the frame with the rest of the change has been
 * painted, as a low-priority update: work below the chart (tables, their requests) starts after the
 * new chart is on screen instead of competing with it.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => (shown === value ? undefined : afterPaint(() => startTransition(() => setShown(value)))), [value, shown]);
  return shown;
}
