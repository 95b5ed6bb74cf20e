import { getDb } from "@/db/client";
import { exploreDataErrors } from "@/db/services/explore-export";
import { getProvenance } from "@/db/queries/provenance";
import { AppError } from "@/lib/errors";
import { handle, jsonResponse } from "@/lib/api/respond";
import { oembedResponse, parseOembedRequest } from "@/lib/export/oembed";
import { siteOrigin } from "@/lib/export/origin";
import { cachedRoute } from "@/db/cache/route";

/** oEmbed provider (oembed.com): `?url=<a view or /embed URL of this site>&maxwidth=&maxheight=&format=json`. */
export const GET = cachedRoute(function GET(req: Request) {
  return handle(() => {
    const origin = siteOrigin(req.headers);
    const r = parseOembedRequest(new URL(req.url).searchParams, origin);
    if (r.notImplemented) return jsonResponse({ error: { code: "not_implemented", message: "Only format=json is supported.", param: "format" } }, 501);
    const db = getDb();
    // A URL whose values the data does not have (e.g. an unknown task) has nothing to embed either.
    const problem = exploreDataErrors(db, r.chart)[0];
    if (problem) throw new AppError("not_found", `Not embeddable: ${problem.message}`, "url");
    const body = oembedResponse(origin, r, getProvenance(db).data_version);
    const res = jsonResponse(body);
    res.headers.set("Access-Control-Allow-Origin", "*");
    return res;
  });
}, { perOrigin: true });
