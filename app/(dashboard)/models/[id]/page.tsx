import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getModelPage } from "@/db/queries/model-page";
import { archLabel } from "@/lib/domain/arch";
import { groupCurves } from "@/lib/models/curves";
import { imagenetTop1, modelResults, toTaskScores } from "@/lib/models/results";
import { ModelArchitecture, ModelRecipe } from "./_components/model-facts";
import { ModelCurveSection, ModelResults } from "./_components/model-results";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// Model ids are upstream file names (letters, digits, "-", "_", ".", "+"); anything else cannot exist.
const ID = /^[A-Za-z0-9_.+-]{1,120}$/;

async function modelId({ params }: Props): Promise<string | null> {
  const { id: raw } = await params;
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return ID.test(id) ? id : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const id = await modelId(props);
  return { title: id ?? "Model not found" };
}

/** /models/[id]: one model card — architecture, data, recipe, checkpoint, results on every task, learning curve. */
export default async function ModelPage(props: Props) {
  const id = await modelId(props);
  if (!id) notFound();
  const data = getModelPage(getDb(), id);
  if (!data) notFound();
  const { model, architecture, curve } = data;
  const scores = toTaskScores(data.scores);
  const total = new Set(scores.map((s) => s.model)).size;
  return (
    <article className="models-card">
      <p className="muted"><Link href="/models">← All models</Link></p>
      <h1 className="models-title">{model.id}</h1>
      <p className="models-subtitle">
        {archLabel(model.arch)} · {model.upstream} · {model.samplesSeenPretty} samples seen · {model.origin === "openai" ? "OpenAI CLIP" : "OpenCLIP (LAION)"}
        {model.name !== model.id ? <span className="muted"> · upstream name “{model.name}”</span> : null}
      </p>
      <div className="models-grid">
        <ModelArchitecture arch={model.arch} architecture={architecture} gmacsPerSample={model.gmacsPerSample} />
        <ModelRecipe model={model} />
      </div>
      <ModelCurveSection origin={model.origin} curve={groupCurves(curve)[0]} imagenetTop1={imagenetTop1(data.scores, model.id)} />
      <ModelResults groups={modelResults(model.id, scores)} total={total} />
    </article>
  );
}
