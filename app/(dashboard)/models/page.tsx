import type { Metadata } from "next";
import Link from "next/link";
import { ReportToolbar } from "@/components/report/report-toolbar";
import { ErrorBox } from "@/components/ui/error-box";
import { getDb } from "@/db/client";
import { listModelTableRows } from "@/db/queries/model-page";
import { facetsOf, unknownFilterValues } from "@/lib/models/facets";
import { modelsQuery, parseModelsState } from "@/lib/url-state/models";
import { toSearchParams } from "@/lib/url-state/parse";
import { ModelsView } from "./_components/models-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Models" };

/** /models: the 32 model cards as a sortable, filterable table (state in the URL). */
export default async function ModelsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseModelsState(toSearchParams(await searchParams));
  const rows = listModelTableRows(getDb());
  const facets = facetsOf(rows);
  const errors = parsed.ok ? unknownFilterValues(parsed.state, facets) : parsed.errors;
  return (
    <>
      <h1>Models</h1>
      <p className="muted models-intro">
        {rows.filter((r) => r.origin === "laion").length} OpenCLIP models trained on LAION and {rows.filter((r) => r.origin === "openai").length} OpenAI
        CLIP models (trained on WIT; OpenAI published no training recipe, so those columns say n/a). Total compute = samples seen × GMACs per
        sample; ImageNet top-1 is the zero-shot accuracy on imagenet1k. Open a model for its full card, results on all tasks and learning curve.
      </p>
      {!parsed.ok || errors.length ? (
        <>
          <ErrorBox title="Invalid URL parameter" message={errors.map((e) => e.message).join("; ")} />
          <p><Link href="/models">Show all models</Link></p>
        </>
      ) : (
        <>
          <ReportToolbar view="models" query={modelsQuery(parsed.state)} />
          <ModelsView rows={rows} facets={facets} state={parsed.state} />
        </>
      )}
    </>
  );
}
