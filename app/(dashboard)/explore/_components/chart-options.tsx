"use client";

export type ExploreTab = "chart" | "table";

/** Chart | Table tabs and the "show the fit's mechanics" switch, above the explore chart. */
export function ChartOptions({ tab, onTab, detail, onDetail, canDetail }: {
  tab: ExploreTab; onTab: (t: ExploreTab) => void; detail: boolean; onDetail: (on: boolean) => void; canDetail: boolean;
}) {
  return (
    <div className="explore-chart-options">
      <div role="tablist" aria-label="Show as" className="explore-tabs">
        {(["chart", "table"] as const).map((t) => (
          <button key={t} type="button" role="tab" id={`explore-tab-${t}`} aria-selected={tab === t} aria-controls="explore-tabpanel"
            className="explore-tab" onClick={() => onTab(t)}>
            {t === "chart" ? "Chart" : "Table"}
          </button>
        ))}
      </div>
      {tab === "chart" && canDetail && (
        <label className="explore-mechanics-toggle">
          <input type="checkbox" name="mechanics" checked={detail} onChange={(e) => onDetail(e.target.checked)} /> Show what each fit ran on (bin edges, fitted points)
        </label>
      )}
    </div>
  );
}
