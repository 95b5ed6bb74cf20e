"use client";
import Link from "next/link";
import type { FitApiRow } from "@/lib/api/rows";
import type { ChartModel } from "@/lib/explore/chart-model";
import { ciText, groupLabel, r2Text } from "@/lib/explore/fits";
import { formatLaw } from "@/lib/format";
import { useRouter } from "next/navigation";
import { FitLineSwatch } from "./fit-line-swatch";
import { ScalingLegend } from "./scaling-legend";
import { ScalingScatter } from "./scaling-scatter";

/** A compact scaling-law chart with its fit formulas underneath (the Overview's two headline charts). */
export function ScalingLawCard({ title, model, fits, href }: { title: string; model: ChartModel; fits: readonly FitApiRow[]; href: string }) {
  const router = useRouter();
  return (
    <article className="card scaling-law-card" data-chart={title}>
      <h2>{title}</h2>
      <ScalingScatter model={model} title={title} height={320} onPointClick={(p) => router.push(`/models/${encodeURIComponent(p.model)}`)} />
      <ul className="scaling-law-fits" aria-label={`Fits: ${title}`}>
        {fits.map((f) => (
          <li key={`${f.group}-${f.method}`} data-group={f.group} data-method={f.method}>
            <FitLineSwatch group={f.group} />{" "}
            {groupLabel(f.group)}:{" "}
            {f.status === "ok" && f.coefficient !== null && f.slope !== null ? (
              <>
                <span className="formula">{formatLaw(f.coefficient, f.slope, f.e_inf)}</span>, {ciText(f)}, {r2Text(f)}, n = {f.n}
              </>
            ) : (
              <span className="muted">no fit ({f.reason})</span>
            )}
          </li>
        ))}
      </ul>
      <details>
        <summary>Legend</summary>
        <ScalingLegend points={model.points} lines={[]} />
      </details>
      <p><Link href={href}>Open in Explore →</Link></p>
    </article>
  );
}
