import type { Metadata } from "next";
import { oembedMetadata } from "@/components/report/oembed-metadata";
import { ReportToolbar } from "@/components/report/report-toolbar";
import { getDb } from "@/db/client";
import { facetsOf } from "@/db/queries/api";
import { getExploreFits, getExploreRows, taskMetricsOf } from "@/db/queries/explore";
import { groupTasks, orderFacets } from "@/lib/explore/options";
import { validateAgainstData } from "@/lib/explore/validate";
import { exploreQuery, parseExploreState } from "@/lib/url-state/explore";
import { toSearchParams } from "@/lib/url-state/parse";
import { BadParams } from "./_components/bad-params";
import { ExploreView } from "./_components/explore-view";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// oEmbed discovery (<link rel="alternate" type="application/json+oembed">) for this view's URL.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: "Explore", ...(await oembedMetadata("explore", await searchParams)) };
}

/** /explore: parse the URL, read one task's rows and fits (two SQL reads), hand them to the client view. */
export default async function ExplorePage({ searchParams }: Props) {
  const parsed = parseExploreState(toSearchParams(await searchParams));
  if (!parsed.ok) return <BadParams errors={parsed.errors} />;
  const db = getDb();
  const facets = facetsOf(db); // cached per database handle
  const taskMetrics = taskMetricsOf(db); // cached per database handle
  const errors = validateAgainstData(parsed.state, facets, taskMetrics);
  if (errors.length) return <BadParams errors={errors} />;
  const { task } = parsed.state;
  const data = { task, rows: getExploreRows(db, task), fits: getExploreFits(db, task) };
  const options = { taskGroups: groupTasks(facets.task), ...orderFacets(facets), taskMetrics };
  return (
    <>
      <h1>Explore the scaling laws</h1>
      <ReportToolbar view="explore" query={exploreQuery(parsed.state)} />
      <ExploreView state={parsed.state} data={data} options={options} />
    </>
  );
}
