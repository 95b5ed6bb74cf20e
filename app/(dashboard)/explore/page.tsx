import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { facetsOf } from "@/db/queries/api";
import { getExploreFits, getExploreRows, taskMetricsOf } from "@/db/queries/explore";
import { groupTasks, orderFacets } from "@/lib/explore/options";
import { validateAgainstData } from "@/lib/explore/validate";
import { parseExploreState } from "@/lib/url-state/explore";
import { toSearchParams } from "@/lib/url-state/parse";
import { BadParams } from "./_components/bad-params";
import { ExploreView } from "./_components/explore-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Explore" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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
      <ExploreView state={parsed.state} data={data} options={options} />
    </>
  );
}
