import { z } from "zod";
import { AppError } from "../errors";
import { chartImageUrl, DEFAULT_SIZE, embedUrl, fitSize, iframeSnippet, PROVIDER_NAME } from "./embed";
import { VIEW_META, pinnedChartQuery } from "./view-meta";
import { REPORT_VIEWS, reportView } from "./views";

const pixels = z.string().regex(/^\d{1,5}$/, "must be a positive whole number").transform(Number).pipe(z.number().int().min(1, "must be at least 1"));
/** oEmbed request parameters (oembed.com §2.2); other parameters consumers add (e.g. dnt) are ignored. */
export const oembedQuerySchema = z.object({
  url: z.string({ error: "is required" }).min(1, "is required").max(4000, "is too long"),
  maxwidth: pixels.optional(),
  maxheight: pixels.optional(),
  format: z.enum(["json", "xml"]).default("json"),
});

/** The oEmbed "rich" response (oembed.com §2.3.4). */
export interface OembedRich {
  version: "1.0"; type: "rich"; title: string; provider_name: string; provider_url: string; cache_age: number;
  html: string; width: number; height: number; thumbnail_url: string; thumbnail_width: number; thumbnail_height: number;
}

/**
 * Parse the oEmbed parameters: a bad value is a 400, format=xml a 501 (not implemented), a URL that
 * is not one of our embeddable views (other host, other path, parameters the view rejects) a 404.
 */
export function parseOembedRequest(params: URLSearchParams, origin: string) {
  const raw: Record<string, string> = {};
  for (const k of ["url", "maxwidth", "maxheight", "format"]) {
    const all = params.getAll(k);
    if (all.length > 1) throw new AppError("bad_request", `Parameter "${k}" may appear only once.`, k);
    if (all.length) raw[k] = all[0]!;
  }
  const parsed = oembedQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new AppError("bad_request", `Invalid parameter "${String(i.path[0])}": ${i.message}.`, String(i.path[0]));
  }
  const q = parsed.data;
  if (q.format === "xml") return { q, notImplemented: true as const };
  let target: URL;
  try {
    target = new URL(q.url);
  } catch {
    throw new AppError("bad_request", `Invalid parameter "url": not an absolute URL.`, "url");
  }
  if (target.origin !== origin) throw new AppError("not_found", `Parameter "url" is not embeddable: ${target.origin} is not this site (${origin}).`, "url");
  // A view page, or the one embed page (/embed/explore) itself.
  const m = /^\/(?:embed\/(?=explore\/?$))?([a-z-]+)\/?$/.exec(target.pathname);
  const view = m ? reportView(m[1]!) : undefined;
  if (!view?.embeddable) throw new AppError("not_found", `Parameter "url" is not embeddable: ${target.pathname} is not an embeddable view.`, "url");
  const viewState = view.parse(target.searchParams);
  if (!viewState.ok) throw new AppError("not_found", `Parameter "url" is not embeddable: the URL's parameters are invalid (${viewState.errors.map((e) => e.message).join("; ")}).`, "url");
  // The chart that embeds the view, as an /explore state (checked against the data by the route).
  const query = view.query(viewState.state);
  const chart = REPORT_VIEWS.explore.parse(new URLSearchParams(VIEW_META[view.id].chart!(new URLSearchParams(query))));
  if (!chart.ok) throw new AppError("not_found", "Parameter \"url\" is not embeddable: this view has no chart for these parameters.", "url");
  return { q, notImplemented: false as const, viewId: view.id, query, chart: chart.state, pinnedV: target.searchParams.get("v") };
}

/** Build the rich response for a parsed request, pinned to `dataVersion` unless the URL pins one. */
export function oembedResponse(origin: string, r: Exclude<ReturnType<typeof parseOembedRequest>, { notImplemented: true }>, dataVersion: string): OembedRich {
  const size = fitSize(r.q.maxwidth, r.q.maxheight, DEFAULT_SIZE);
  const v = r.pinnedV && /^[0-9a-f]{6,64}$/.test(r.pinnedV) ? r.pinnedV : dataVersion;
  const pinned = pinnedChartQuery(r.viewId, r.query, v)!;
  const title = REPORT_VIEWS.explore.title(r.chart);
  // The chart lays itself out for at least 240 × 180 and scales to the frame, so a smaller frame still works.
  const src = embedUrl(origin, "explore", pinned, { width: Math.max(240, size.width), height: Math.max(180, size.height) });
  const fit = fitSize(Math.min(size.width, 640), undefined, size);
  const thumb = { width: Math.max(240, fit.width), height: Math.max(180, fit.height) };
  return {
    version: "1.0", type: "rich", title, provider_name: PROVIDER_NAME, provider_url: `${origin}/`, cache_age: 3600,
    html: iframeSnippet(src, size, title), width: size.width, height: size.height,
    thumbnail_url: chartImageUrl(origin, pinned, "png", thumb), thumbnail_width: thumb.width, thumbnail_height: thumb.height,
  };
}
