import type { Metadata } from "next";
import { headers } from "next/headers";
import { memoByVersionAsync } from "@/db/cache/store";
import { getDb } from "@/db/client";
import { exploreChart } from "@/db/queries/export";
import { EmbedFrame } from "@/components/report/embed-frame";
import { oembedMetadata } from "@/components/report/oembed-metadata";
import { ErrorBox } from "@/components/ui/error-box";
import { renderChartSvg } from "@/lib/chart-svg/render";
import { AppError } from "@/lib/errors";
import { requestOrigin } from "@/lib/export/origin";
import { parseOutputParams } from "@/lib/export/params";
import { REPORT_VIEWS } from "@/lib/export/views";
import { toSearchParams } from "@/lib/url-state/parse";

export const dynamic = "force-dynamic";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const view = REPORT_VIEWS.explore;
/** The embed's SVG, drawn once per data version and chart request. */
const embedSvg = memoByVersionAsync("embed-svg", async (db, state: Parameters<typeof exploreChart>[1], chart: Parameters<typeof exploreChart>[2]) =>
  renderChartSvg(await exploreChart(db, state, chart)));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const parsed = view.parse(toSearchParams(sp));
  return { title: parsed.ok ? view.title(parsed.state) : "Embed", ...(await oembedMetadata("explore", sp)) };
}

/**
 * /embed/explore: the /explore chart alone, drawn on the server as SVG (no JavaScript needed;
 * points carry hover titles), from the view's own parameters plus width, height, theme and v.
 */
export default async function EmbedExplore({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const parsed = view.parse(params);
  const out = parseOutputParams(params, ["width", "height", "theme", "v"]);
  const theme = out.ok ? (out.out.theme ?? "light") : "light";
  const errors = [...(parsed.ok ? [] : parsed.errors), ...(out.ok ? [] : out.errors)];
  if (!parsed.ok || !out.ok) {
    return <EmbedFrame theme={theme}><ErrorBox title="Cannot draw this chart" message={`Invalid query: ${errors.map((e) => e.message).join("; ")}.`} /></EmbedFrame>;
  }
  let svg: string;
  try {
    const chart = { ...out.out, responsive: true };
    svg = await embedSvg(getDb(), parsed.state, chart);
  } catch (e) {
    if (e instanceof AppError && (e.code === "bad_request" || e.code === "unavailable")) return <EmbedFrame theme={theme}><ErrorBox title="Cannot draw this chart" message={e.message} /></EmbedFrame>;
    throw e;
  }
  const origin = requestOrigin(await headers());
  const q = view.query(parsed.state);
  return (
    <EmbedFrame theme={theme} href={`${origin}${view.path}${q ? `?${q}` : ""}`}>
      {/* The SVG string escapes every text from input or data (lib/chart-svg/escape.ts). */}
      <div className="embed-chart" style={{ width: "100%", height: "100%" }} dangerouslySetInnerHTML={{ __html: svg }} />
    </EmbedFrame>
  );
}
