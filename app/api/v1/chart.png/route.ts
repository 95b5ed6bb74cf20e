import { getDb } from "@/db/client";
import { exploreChart } from "@/db/services/explore-export";
import { runCpuTask } from "@/db/services/cpu-pool";
import { handle } from "@/lib/api/respond";
import { renderChartSvg } from "@/lib/chart-svg/render";
import { chartRequest } from "@/lib/export/chart-request";
import { cachedRoute } from "@/db/cache/route";

/** The /explore chart as PNG, exactly width × height pixels (same parameters as chart.svg). */
export const GET = cachedRoute(function GET(req: Request) {
  return handle(async () => {
    const r = chartRequest(req, "png");
    // Rasterising is the costly part (tens of ms): it runs on the CPU pool, never on this thread.
    const png = await runCpuTask("png", renderChartSvg(await exploreChart(getDb(), r.state, r.out)));
    return new Response(png, { headers: { ...r.headers, "Content-Type": "image/png" } });
  });
});
