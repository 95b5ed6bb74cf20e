import type { Metadata } from "next";
import Link from "next/link";
import { ReportToolbar } from "@/components/report/report-toolbar";
import { ErrorBox } from "@/components/ui/error-box";
import { getDb } from "@/db/client";
import { listCurveModels, listLearningCurves } from "@/db/queries/learning-curves";
import { groupCurves } from "@/lib/models/curves";
import { facetsOf, unknownFilterValues } from "@/lib/models/facets";
import { curvesQuery, parseCurvesState } from "@/lib/url-state/learning-curves";
import { toSearchParams } from "@/lib/url-state/params";
import { CurvesView } from "./_components/curves-view";
import "./learning-curves.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Learning curves" };

/** /learning-curves: ImageNet zero-shot accuracy over training, one line per LAION model. */
export default async function LearningCurvesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseCurvesState(toSearchParams(await searchParams));
  const db = getDb();
  const curveModels = listCurveModels(db);
  const facets = facetsOf(curveModels);
  // GMACs per sample of each model: the compute axis is samples seen × GMACs per sample.
  const gmacs = new Map(curveModels.map((m) => [m.id, m.gmacsPerSample]));
  const errors = parsed.ok ? unknownFilterValues(parsed.state, facets) : parsed.errors;
  return (
    <>
      <h1>Learning curves</h1>
      <p className="muted lc-intro">
        ImageNet zero-shot accuracy of every saved checkpoint of the LAION models, from the upstream learning-curve file. Samples seen at a
        checkpoint = epoch × samples per epoch; steps = samples seen ÷ global batch; compute so far = samples seen × GMACs per sample. OpenAI&apos;s models have no published checkpoints.
      </p>
      {!parsed.ok || errors.length ? (
        <>
          <ErrorBox title="Invalid URL parameter" message={errors.map((e) => e.message).join("; ")} />
          <p><Link href="/learning-curves">Show all learning curves</Link></p>
        </>
      ) : (
        <>
          <ReportToolbar view="learning-curves" query={curvesQuery(parsed.state)} />
          <CurvesView curves={groupCurves(listLearningCurves(db, parsed.state).map((r) => ({ ...r, gmacs_per_sample: gmacs.get(r.model) ?? null })))} facets={facets} />
        </>
      )}
    </>
  );
}
