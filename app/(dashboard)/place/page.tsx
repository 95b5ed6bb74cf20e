import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { getZooPlacement } from "@/db/services/place";
import { PlaceView } from "./_components/place-view";
import { ZooTable, type ZooRow } from "./_components/zoo-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Place your models" };

/** /place: your models (parsed and placed in the browser) and the public open_clip zoo (placed here). */
export default function PlacePage() {
  const zoo = getZooPlacement(getDb(), "LAION", "paper");
  const rows: ZooRow[] = zoo.ok ? zoo.placements.map((p) => ({
    model: p.summary.model, arch: p.compute.arch, pretrained: p.model.pretrained, compute: p.compute.compute, samplesSeen: p.compute.samplesSeen,
    samplesSource: p.compute.samplesSource, missing: p.compute.missing, median: p.summary.median_multiplier, above: p.summary.tasks_above,
    below: p.summary.tasks_below, withLaw: p.summary.tasks_with_law,
    multipliers: Object.fromEntries(p.rows.filter((r) => r.law_error !== null).map((r) => [r.task, r.compute_multiplier])),
  })) : [];
  const tasks = [...new Set(rows.flatMap((r) => Object.keys(r.multipliers)))].sort();
  return (
    <>
      <h1>Place your own models against the laws</h1>
      <p className="overview-lede">
        Drop the result files your evaluation wrote and see where each checkpoint sits against a fitted law: the law&apos;s error at
        your model&apos;s compute with its 95% prediction interval, the residual, and the compute the law needs to reach your error
        (“your model is worth 3.2× its compute on this task”). <strong>Privacy:</strong> files are read and placed in this browser
        and kept in its storage only; nothing is uploaded (the laws are fetched from this site&apos;s API). A share link carries a
        compressed copy in the part of the address after #, which browsers never send to a server.
      </p>
      <PlaceView />
      <h2>The public OpenCLIP zoo against LAION&apos;s law</h2>
      {zoo.ok
        ? <ZooTable rows={rows} tasks={tasks} caption={`open_clip's results table (${String(zoo.source.repo)}@${String(zoo.source.commit).slice(0, 8)}, sha256-checked) placed against the pooled LAION law (paper's method). Multiplier > 1: the model reaches its error with less compute than the law needs. Top-1 only where the table has it (it holds mean per-class recall for four tasks).`} />
        : <p className="muted" role="status">The public zoo is not available here: {zoo.reason}.</p>}
    </>
  );
}
