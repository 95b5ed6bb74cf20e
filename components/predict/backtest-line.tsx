"use client";
import { useQuery } from "@tanstack/react-query";
import { primaryMetric } from "@/lib/domain/metrics";
import { formatPct } from "@/lib/format";

type Summary = { n_budgets: number; n_scored: number; mean_rel_error: number | null; n_with_interval: number; n_covered: number; holdout: number; reason: string | null };

/**
 * One line per fit: how this task × group × method law did when the top 25% of compute was held
 * out (/api/v1/backtest), linking to /backtest for the detail. Fits of a slice or of a secondary
 * metric have no stored backtest and show nothing.
 */
export function BacktestLine({ task, group, method, metric }: { task: string; group: string; method: string; metric: string }) {
  const applies = group !== "slice" && metric === primaryMetric(task);
  const q = new URLSearchParams({ task, group, method, table: "summary" });
  const { data, isError } = useQuery({
    queryKey: ["backtest-line", task, group, method],
    queryFn: async () => {
      const r = await fetch(`/api/v1/backtest?${q}`);
      if (!r.ok) throw new Error(`backtest ${r.status}`);
      return ((await r.json()) as { rows: Summary[] }).rows[0] ?? null;
    },
    enabled: applies,
    staleTime: Infinity,
  });
  if (!applies) return <span className="muted">–</span>;
  const href = `/backtest?${new URLSearchParams({ task, group })}#chart-title`;
  if (isError) return <a href={href}>backtest</a>;
  if (!data) return <span className="muted">backtest…</span>;
  const held = `held out the top ${Math.round(100 * data.holdout)}% of compute`;
  const text = data.mean_rel_error === null
    ? `${held}: ${data.reason ?? "not scored"}`
    : `${held}: mean relative error ${formatPct(data.mean_rel_error, 1)}, ${data.n_with_interval ? `${data.n_covered}/${data.n_with_interval} inside the interval` : "no interval"}`;
  return <a className="backtest-line" href={href}>{text}</a>;
}
