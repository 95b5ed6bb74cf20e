/** Placeholder while a chart streams in. */
export function ChartSkeleton({ label = "Loading chart…", height = 360 }: { label?: string; height?: number }) {
  return <div className="skeleton" style={{ minHeight: height }} role="status" aria-live="polite">{label}</div>;
}
