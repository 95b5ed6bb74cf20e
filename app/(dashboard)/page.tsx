import Link from "next/link";
import { ScalingLawCard } from "@/components/charts/scaling-law-card";
import { cached } from "@/db/cache/store";
import { getDb, type Db } from "@/db/client";
import { getExploreFits, getTaskEvaluations } from "@/db/queries/explore";
import { toExploreRow } from "@/lib/explore/rows";
import { getProvenance } from "@/db/queries/provenance";
import { groupStyle } from "@/lib/chart/palette";
import type { Metric } from "@/lib/domain/metrics";
import { buildChartModel } from "@/lib/explore/chart-model";
import { selectFits } from "@/lib/explore/fits";

export const dynamic = "force-dynamic";

/** "reddish purple line" / "grey dashed line": the palette's own words for what is drawn. */
function lineName(group: string): string {
  const s = groupStyle(group);
  return `${s.colorName}${s.dash ? " dashed" : ""} line`;
}

const HEADLINES: { task: string; metric: Metric; title: string }[] = [
  { task: "imagenet1k", metric: "acc1", title: "ImageNet zero-shot classification: top-1 error" },
  { task: "mscoco_captions", metric: "image_retrieval_recall@5", title: "MS-COCO zero-shot image retrieval: error of recall@5" },
];

const VIEWS = [
  { href: "/explore", label: "Explore", line: "Any of the 41 tasks: error or any metric against compute, samples, GMACs or parameters, with fits and live refits." },
  { href: "/tasks", label: "Task atlas", line: "All 41 downstream tasks by category, with their fitted scaling laws." },
  { href: "/compare", label: "Compare", line: "Scaling laws side by side across tasks and fit groups." },
  { href: "/models", label: "Models", line: "The 32 models: architecture, data, samples seen, compute and every evaluation." },
  { href: "/learning-curves", label: "Learning curves", line: "ImageNet accuracy over training for the 29 OpenCLIP models." },
];

/** The headline charts (LAION pooled vs OpenAI), shaped on the server from one task's rows and fits. */
function headline(db: Db, h: (typeof HEADLINES)[number]) {
  const fits = selectFits(getExploreFits(db, h.task), ["LAION", "CLIP-WIT"], h.metric, "paper");
  const model = buildChartModel(getTaskEvaluations(db, h.task).map(toExploreRow), "compute", "error", h.metric, fits);
  return { ...h, fits, model };
}

/** Overview: the paper's two headline scaling laws, where the data comes from, and the way in to every view. */
export const metadata = { title: "Overview" };

export default function OverviewPage() {
  const db = getDb();
  const prov = getProvenance(db);
  const charts = cached(db, "overview|headlines", () => HEADLINES.map((h) => headline(db, h)));
  return (
    <>
      <h1>CLIP scaling laws</h1>
      <p className="overview-lede">
        Zero-shot error E falls as a power law of total training compute C (GMACs): E = A·C^α. OpenCLIP models trained on
        LAION ({lineName("LAION")}) scale better on retrieval; OpenAI&apos;s CLIP models trained on WIT ({lineName("CLIP-WIT")}) scale better on
        ImageNet classification. Fits as in the paper: the binned-minimum method for OpenCLIP, least squares for OpenAI&apos;s three models; 95% bootstrap intervals for α.
      </p>
      <div className="overview-grid">
        {charts.map((c) => (
          <ScalingLawCard key={c.task} title={c.title} model={c.model} fits={c.fits} href={`/explore?task=${encodeURIComponent(c.task)}`} />
        ))}
      </div>
      <h2>Views</h2>
      <ul className="overview-cards">
        {VIEWS.map((v) => (
          <li key={v.href} className="card">
            <Link href={v.href}><strong>{v.label}</strong></Link>
            <p>{v.line}</p>
          </li>
        ))}
      </ul>
      <footer className="overview-provenance muted">
        <p>
          Source: Cherti et al., <cite>Reproducible scaling laws for contrastive language-image learning</cite>, CVPR 2023
          (<a href="https://arxiv.org/abs/2212.07143">arXiv:2212.07143</a>).
        </p>
        <p>
          Data: <a href={`https://github.com/${prov.source_repo}/tree/${prov.source_commit}`}>{prov.source_repo}</a> at commit{" "}
          <code title={prov.source_commit}>{prov.source_commit.slice(0, 12)}</code>, data version <code>{prov.data_version}</code>,
          ingested {prov.ingested_at}.
        </p>
      </footer>
    </>
  );
}
