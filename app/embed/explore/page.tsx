import type { Metadata } from "next";
import { headers } from "next/headers";
import { cached } from "@/db/cache/store";
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
    const db = getDb();
    const chart = { ...out.out, responsive: true };
    svg = cached(db, `embed-svg|${JSON.stringify([parsed.state, chart])}`, () => renderChartSvg(exploreChart(db, parsed.state, chart)));
  } catch (e) {
    if (e instanceof AppError && e.code === "bad_request") return <EmbedFrame theme={theme}><ErrorBox title="Cannot draw this chart" message={e.message} /></EmbedFrame>;
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
