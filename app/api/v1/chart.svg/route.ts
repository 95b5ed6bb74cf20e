import { getDb } from "@/db/client";
import { exploreChart } from "@/db/services/explore-export";
import { handle } from "@/lib/api/respond";
import { renderChartSvg } from "@/lib/chart-svg/render";
import { chartRequest } from "@/lib/export/chart-request";
import { cachedRoute } from "@/db/cache/route";

/** The /explore chart as a static SVG: same parameters as /explore plus width, height, theme, v. */
export const GET = cachedRoute(function GET(req: Request) {
  return handle(async () => {
    const r = chartRequest(req, "svg");
    const svg = renderChartSvg(await exploreChart(getDb(), r.state, r.out));
    return new Response(svg, { headers: { ...r.headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
  });
});
