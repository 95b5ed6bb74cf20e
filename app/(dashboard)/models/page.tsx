import type { Metadata } from "next";
import Link from "next/link";
import { ReportToolbar } from "@/components/report/report-toolbar";
import { ErrorBox } from "@/components/ui/error-box";
import { getDb } from "@/db/client";
import { getModelsTable } from "@/db/queries/model-page";
import { scoresByModel } from "@/lib/models/results";
import { toModelTableRows } from "@/lib/models/table";
import { facetsOf, unknownFilterValues } from "@/lib/models/facets";
import { modelsQuery, parseModelsState } from "@/lib/url-state/models";
import { toSearchParams } from "@/lib/url-state/params";
import { ModelsView } from "./_components/models-view";
import "./models.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Models" };

/** /models: the 32 model cards as a sortable, filterable table (state in the URL). */
export default async function ModelsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseModelsState(toSearchParams(await searchParams));
  const db = getDb();
  const read = getModelsTable(db);
  const scores = scoresByModel(read.scores);
  const rows = toModelTableRows(read.models, read.scores).map((r) => ({ ...r, scores: scores.byModel.get(r.id) ?? {} }));
  const facets = facetsOf(rows);
  const errors = parsed.ok ? unknownFilterValues(parsed.state, facets) : parsed.errors;
  if (parsed.ok && parsed.state.task && !scores.tasks.includes(parsed.state.task)) {
    errors.push({ param: "task", message: `"task": unknown value "${parsed.state.task.slice(0, 60)}"; choose one of the ${scores.tasks.length} tasks in the list` });
  }
  return (
    <>
      <h1>Models</h1>
      <p className="muted models-intro">
        {rows.filter((r) => r.origin === "laion").length} OpenCLIP models trained on LAION and {rows.filter((r) => r.origin === "openai").length} OpenAI
        CLIP models (trained on WIT; OpenAI published no training recipe, so those columns say n/a). Total compute = samples seen × GMACs per
        sample; ImageNet top-1 is the zero-shot accuracy on imagenet1k. Pick a task to see every model&apos;s score on it beside ImageNet top-1. Open a model for its full card, results on all tasks and learning
        curve. Hover a name for its full upstream id.
      </p>
      {!parsed.ok || errors.length ? (
        <>
          <ErrorBox title="Invalid URL parameter" message={errors.map((e) => e.message).join("; ")} />
          <p><Link href="/models">Show all models</Link></p>
        </>
      ) : (
        <>
          <ReportToolbar view="models" query={modelsQuery(parsed.state)} />
          <ModelsView rows={rows} facets={facets} tasks={scores.tasks} />
        </>
      )}
    </>
  );
}
