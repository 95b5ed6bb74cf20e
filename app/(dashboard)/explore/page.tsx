import type { Metadata } from "next";
import { oembedMetadata } from "@/app/_server/oembed-metadata";
import { getDb } from "@/db/client";
import { getExploreFits, getExploreOptions, getTaskEvaluations } from "@/db/queries/explore";
import { exploreTitle } from "@/lib/explore/axes";
import { groupTasks, orderFacets } from "@/lib/explore/options";
import { toExploreRow } from "@/lib/explore/rows";
import { validateAgainstData } from "@/lib/explore/validate";
import { parseExploreState } from "@/lib/url-state/explore";
import { toSearchParams } from "@/lib/url-state/params";
import { BadParams } from "./_components/bad-params";
import { ExploreView } from "./_components/explore-view";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// oEmbed discovery (<link rel="alternate" type="application/json+oembed">) for this view's URL.
// The tab names the view and the task ("Explore: ImageNet (imagenet1k) · CLIP scaling laws").
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const parsed = parseExploreState(toSearchParams(sp));
  const title = parsed.ok ? exploreTitle(parsed.state) : "Explore";
  return { title, ...(await oembedMetadata("explore", sp)) };
}

/**
 * /explore: parse the URL, read one task's rows and fits (two SQL reads), hand them to the client
 * view. Later changes are the client's own (shallow URL updates from every task's prefetched data);
 * this page renders again only for a task not prefetched yet, a reload or a shared link.
 */
export default async function ExplorePage({ searchParams }: Props) {
  const parsed = parseExploreState(toSearchParams(await searchParams));
  if (!parsed.ok) return <BadParams errors={parsed.errors} />;
  const db = getDb();
  const { facets, taskMetrics } = getExploreOptions(db);
  const errors = validateAgainstData(parsed.state, facets, taskMetrics);
  if (errors.length) return <BadParams errors={errors} />;
  const { task } = parsed.state;
  const data = { task, rows: getTaskEvaluations(db, task).map(toExploreRow), fits: getExploreFits(db, task) };
  const options = { taskGroups: groupTasks(facets.task), ...orderFacets(facets), taskMetrics };
  return (
    <div className="explore-page">
      <h1>Explore the scaling laws</h1>
      <ExploreView state={parsed.state} data={data} options={options} />
    </div>
  );
}
