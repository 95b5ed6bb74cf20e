import type { UseQueryResult } from "@tanstack/react-query";
import { FitLineSwatch } from "@/components/charts/fit-line-swatch";
import { ErrorBox } from "@/components/ui/error-box";
import type { FitApiRow } from "@/lib/api/rows";
import { formatCi, r2Text } from "@/lib/explore/fits";
import { formatLaw } from "@/lib/format";

/** "Refit of this slice": loading, error, no-fit reason, or the law with α's 95% CI and n. */
export function RefitStatus({ query }: { query: UseQueryResult<{ fit: FitApiRow; nRows: number }> }) {
  if (query.isPending) return <p className="refit-status muted" role="status">Refit of this slice: fitting…</p>;
  if (query.isError) return <ErrorBox title="Refit of this slice failed" message={query.error.message} />;
  const f = query.data.fit;
  if (f.status !== "ok" || f.slope === null || f.coefficient === null) {
    return <p className="refit-status" role="status" data-refit="no_fit">Refit of this slice: no fit ({f.reason ?? "unknown reason"}), n = {f.n}.</p>;
  }
  return (
    <p className="refit-status" role="status" data-refit="ok">
      <FitLineSwatch group="slice" />{" "}
      <strong>Refit of this slice</strong> ({f.method}):{" "}
      <span className="formula" data-testid="refit-formula">{formatLaw(f.coefficient, f.slope, f.e_inf)}</span>
      {", "}{f.slope_ci ? <>α 95% CI <span data-testid="refit-ci">{formatCi(f.slope_ci)}</span></> : <span className="muted" data-testid="refit-ci">{f.ci_reason ?? "no interval"}</span>}
      {", "}{r2Text(f)}, n = <span data-testid="refit-n">{f.n}</span>
      {query.isFetching ? " (updating…)" : ""}
    </p>
  );
}
