import { cachedRoute } from "@/db/cache/route";
import { getDb } from "@/db/client";
import { zooFilesStamp } from "@/db/zoo-files";
import { getLawsPayload } from "@/db/services/place";
import { parseQuery } from "@/lib/api/query";
import { handle, jsonResponse } from "@/lib/api/respond";
import { lawsQuerySchema } from "@/lib/place/query";

/** Observations behind every task's law for a group and method, plus architecture GMACs: the browser fits and places with them. */
export const GET = cachedRoute(function GET(req: Request) {
  return handle(() => {
    const q = parseQuery(new URL(req.url).searchParams, lawsQuerySchema);
    return jsonResponse(getLawsPayload(getDb(), q.group, q.method));
  });
}, { alsoKey: zooFilesStamp });
