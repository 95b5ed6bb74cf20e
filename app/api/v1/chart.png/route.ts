import { getDb } from "@/db/client";
import { exploreChart } from "@/db/queries/export";
import { handle } from "@/lib/api/respond";
import { svgToPng } from "@/lib/chart-svg/png";
import { renderChartSvg } from "@/lib/chart-svg/render";
import { chartRequest } from "@/lib/export/chart-request";
import { cachedRoute } from "@/db/cache/route";

export const dynamic = "force-dynamic";

/** The /explore chart as PNG, exactly width × height pixels (same parameters as chart.svg). */
export const GET = cachedRoute(function GET(req: Request) {
  return handle(() => {
    const r = chartRequest(req, "png");
    const png = svgToPng(renderChartSvg(exploreChart(getDb(), r.state, r.out)));
    return new Response(png, { headers: { ...r.headers, "Content-Type": "image/png" } });
  });
});
