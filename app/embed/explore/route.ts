import { cachedRoute } from "@/db/cache/route";
import { memoByVersionAsync } from "@/db/cache/store";
import { getDb } from "@/db/client";
import { exploreChartVariants } from "@/db/services/explore-export";
import { renderChartSvg } from "@/lib/chart-svg/render";
import { embedHtml, oembedHref, type EmbedDocument } from "@/lib/export/embed";
import { AppError } from "@/lib/errors";
import { siteOrigin } from "@/lib/export/origin";
import { EMBED_LINK_HEIGHT, embedVariantCss, embedVariantsHtml, embedWidths } from "@/lib/export/embed-variants";
import { DEFAULT_SIZE, parseOutputParams } from "@/lib/export/params";
import { REPORT_VIEWS } from "@/lib/export/views";

export const dynamic = "force-dynamic";
const view = REPORT_VIEWS.explore;
/**
 * The embed's chart, laid out at its declared width and every step below it (CSS shows the one
 * that fits the frame: fewer ticks and a compact legend, never smaller text), drawn once per data
 * version and chart request.
 */
const embedSvg = memoByVersionAsync("embed-svg", async (db, state: Parameters<typeof exploreChartVariants>[1], chart: Parameters<typeof exploreChartVariants>[2]) => {
  const widths = embedWidths(chart.width ?? DEFAULT_SIZE.width);
  const specs = await exploreChartVariants(db, state, chart, widths);
  return { html: embedVariantsHtml(widths, specs.map(renderChartSvg)), css: embedVariantCss(widths) };
});

/**
 * /embed/explore: the /explore chart alone, drawn on the server as SVG (points carry hover
 * titles), from the view's own parameters plus width, height, theme and v. A route handler rather
 * than a page, so the document carries no framework script at all (its CSP is `script-src 'none'`).
 * A bad value shows a message naming it; a busy CPU pool a 503 saying when to retry.
 */
export const GET = cachedRoute(async function GET(req: Request) {
  const params = new URL(req.url).searchParams;
  const parsed = view.parse(params);
  const out = parseOutputParams(params, ["width", "height", "theme", "v"]);
  // No theme= → follow the reader's prefers-color-scheme (CSS variables in lib/export/embed.ts).
  const theme = out.ok ? (out.out.theme ?? "auto") : "auto";
  const page = (body: EmbedDocument["body"], extra: Partial<EmbedDocument> = {}, status = 200, headers: Record<string, string> = {}) =>
    new Response(embedHtml({ title: "Embed", theme, body, ...extra }), { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers } });
  const problem = (message: string) => ({ error: { title: "Cannot draw this chart", message } });
  if (!parsed.ok || !out.ok) {
    const errors = [...(parsed.ok ? [] : parsed.errors), ...(out.ok ? [] : out.errors)];
    return page(problem(`Invalid query: ${errors.map((e) => e.message).join("; ")}.`));
  }
  let chart: { html: string; css: string };
  try {
    // The link line under the chart takes EMBED_LINK_HEIGHT: the SVG gets the rest, so it is drawn 1:1.
    const height = (out.out.height ?? DEFAULT_SIZE.height) - EMBED_LINK_HEIGHT;
    chart = await embedSvg(getDb(), parsed.state, { ...out.out, height, theme, responsive: true });
  } catch (e) {
    if (e instanceof AppError && e.code === "bad_request") return page(problem(e.message));
    if (e instanceof AppError && e.status === 503) return page(problem(e.message), {}, 503, e.retryAfter ? { "Retry-After": String(e.retryAfter) } : {});
    throw e;
  }
  const origin = siteOrigin(req.headers);
  const q = view.query(parsed.state);
  const href = `${origin}${view.path}${q ? `?${q}` : ""}`;
  return page({ svg: chart.html }, { title: view.title(parsed.state), href, oembed: oembedHref(origin, href), css: chart.css });
}, { perOrigin: true });
