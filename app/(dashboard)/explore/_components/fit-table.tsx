import type { FitApiRow } from "@/lib/api/rows";
import { FitLineSwatch } from "@/components/charts/fit-line-swatch";
import { formatAlpha, formatCi, formatCoefCi, groupLabel } from "@/lib/explore/fits";
import { formatCoef, formatNum } from "@/lib/format";
import { BacktestLine } from "@/components/predict/backtest-line";

/** The fits behind the lines: α and A with their 95% bootstrap CIs, n and R² (or why there is no fit). */
export function FitTable({ fits }: { fits: readonly FitApiRow[] }) {
  return (
    <div className="table-wrap">
      <table className="explore-fit-table">
        <caption className="muted">Fits E = A·C^α, or E = E∞ + A·C^α for the saturating law (E error fraction, C total compute in GMACs); 95% percentile-bootstrap intervals, none from fewer than 5 fitted points; R² on the n_fit points the estimator fitted.</caption>
        <thead>
          <tr><th scope="col">Group</th><th scope="col">Method</th><th scope="col">α [95% CI]</th><th scope="col">A [95% CI]</th><th scope="col">E∞</th><th scope="col">n</th><th scope="col">R² (n_fit)</th><th scope="col">Backtest</th></tr>
        </thead>
        <tbody>
          {fits.map((f) => (
            <tr key={`${f.group}-${f.method}-${f.metric}`} data-group={f.group}>
              <td><FitLineSwatch group={f.group} /> {groupLabel(f.group)}</td>
              <td>{f.method}</td>
              {f.status === "ok" ? (
                <>
                  <td>{formatAlpha(f.slope)} {f.slope_ci ? formatCi(f.slope_ci) : <span className="muted" title={f.ci_reason ?? undefined}>{f.ci_reason ?? "–"}</span>}</td>
                  <td>{formatCoef(f.coefficient)} {formatCoefCi(f.coefficient_ci)}</td>
                  <td>{f.e_inf === null || f.e_inf === undefined ? "–" : `${formatNum(100 * f.e_inf, 3)}%`}</td>
                </>
              ) : (
                <td colSpan={3} className="muted">no fit: {f.reason}</td>
              )}
              <td>{f.n}</td>
              <td>{formatNum(f.r2, 3)}{f.n_fit !== null && f.n_fit !== undefined && <span className="muted"> (n_fit = {f.n_fit})</span>}</td>
              <td><BacktestLine task={f.task} group={f.group} method={f.method} metric={f.metric} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
