import type { Metadata } from "next";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { exploreChart } from "@/db/queries/export";
import { EmbedFit } from "@/components/report/embed-fit";
import { EmbedFrame } from "@/components/report/embed-frame";
import { oembedMetadata } from "@/components/report/oembed-metadata";
import { ErrorBox } from "@/components/ui/error-box";
import { renderChartSvg } from "@/lib/chart-svg/render";
import { AppError } from "@/lib/errors";
import { requestOrigin } from "@/lib/export/origin";
import { DEFAULT_SIZE, parseOutputParams } from "@/lib/export/params";
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
  // No theme= → follow the reader's prefers-color-scheme (CSS variables, app/globals.css .chart-auto).
  const theme = out.ok ? (out.out.theme ?? "auto") : "auto";
  const errors = [...(parsed.ok ? [] : parsed.errors), ...(out.ok ? [] : out.errors)];
  if (!parsed.ok || !out.ok) {
    return <EmbedFrame theme={theme}><ErrorBox title="Cannot draw this chart" message={`Invalid query: ${errors.map((e) => e.message).join("; ")}.`} /></EmbedFrame>;
  }
  let svg: string;
  try {
    svg = renderChartSvg(exploreChart(getDb(), parsed.state, { ...out.out, theme, responsive: true }));
  } catch (e) {
    if (e instanceof AppError && e.code === "bad_request") return <EmbedFrame theme={theme}><ErrorBox title="Cannot draw this chart" message={e.message} /></EmbedFrame>;
    throw e;
  }
  const origin = requestOrigin(await headers());
  const q = view.query(parsed.state);
  return (
    <EmbedFrame theme={theme} href={`${origin}${view.path}${q ? `?${q}` : ""}`}>
      {/* The SVG string escapes every text from input or data (lib/chart-svg/escape.ts). */}
      <EmbedFit svg={svg} query={out.out.v ? `${q}${q ? "&" : ""}v=${out.out.v}` : q} width={out.out.width ?? DEFAULT_SIZE.width} height={out.out.height ?? DEFAULT_SIZE.height} theme={theme} />
    </EmbedFrame>
  );
}
