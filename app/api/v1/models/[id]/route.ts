import { z } from "zod";
import { getDb } from "@/db/client";
import { getEvalRows } from "@/db/services/evals";
import { listLearningCurves } from "@/db/queries/learning-curves";
import { buildMeta } from "@/db/services/meta";
import { getModel } from "@/db/queries/models";
import { toModelApiRow } from "@/lib/api/row-mappers";
import { parseQuery, token } from "@/lib/api/query";
import { handle, jsonResponse } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { cachedRoute } from "@/db/cache/route";

/** One model card with its architecture, all its evaluations and its learning curve. */
export const GET = cachedRoute(async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const url = new URL(req.url);
    parseQuery(url.searchParams, z.object({ format: z.literal("json").optional() }));
    const { id: rawId } = await ctx.params;
    const id = token.safeParse(decodeURIComponent(rawId));
    if (!id.success) throw new AppError("bad_request", `Invalid model id: ${id.error.issues[0]?.message}.`, "id");
    const db = getDb();
    const found = getModel(db, id.data);
    if (!found) throw new AppError("not_found", `No model with id "${id.data}". See /api/v1/models.`, "id");
    const evaluations = getEvalRows(db, { model: [id.data] });
    const learning_curve = listLearningCurves(db, { model: [id.data] });
    return jsonResponse({ rows: [toModelApiRow(found.model)], architecture: found.architecture, evaluations, learning_curve, meta: buildMeta(db, url, 1) });
  });
});
