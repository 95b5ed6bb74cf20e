import { z } from "zod";
import { parseQuery } from "@/lib/api/query";
import { handle, jsonResponse } from "@/lib/api/respond";
import { dataDictionary } from "@/lib/dictionary";
import { PLACEMENT_DICTIONARY } from "@/lib/place/dictionary";
import { cachedRoute } from "@/db/cache/route";

/** Every column of every export and API table: name, type, unit, meaning, upstream source. */
export const GET = cachedRoute(function GET(req: Request) {
  return handle(() => {
    parseQuery(new URL(req.url).searchParams, z.object({ format: z.literal("json").optional() }));
    return jsonResponse(dataDictionary([PLACEMENT_DICTIONARY]));
  });
});
