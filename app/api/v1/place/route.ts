import { getDb } from "@/db/client";
import { archGmacs } from "@/db/place-data";
import { getLaws } from "@/db/services/place";
import { buildMeta } from "@/db/services/meta";
import { parseQuery } from "@/lib/api/query";
import { handle, jsonResponse, tableResponse, jsonTwin } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { PLACEMENT_COLUMNS } from "@/lib/place/columns";
import { PLACE_MAX_BYTES, placeQuerySchema } from "@/lib/place/query";
import { readResults } from "@/lib/place/read";
import { placeAll } from "@/lib/place/run";
import { formatPlaceIssue } from "@/lib/place/types";

/** Read the body up to the limit; 413 beyond it (also when Content-Length already says so). */
async function readBody(req: Request): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  const tooLarge = () => new AppError("payload_too_large", `Body larger than ${PLACE_MAX_BYTES} bytes (5 MB): send one results file per request.`, "body");
  if (declared > PLACE_MAX_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Node's web streams are async iterable (the DOM typings lack it); the throw cancels the rest.
  const body = (req.body ?? []) as unknown as AsyncIterable<Uint8Array>;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > PLACE_MAX_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Place one results file (stateless: nothing is stored). */
export function POST(req: Request) {
  return handle(async () => {
    const url = new URL(req.url);
    const q = parseQuery(url.searchParams, placeQuerySchema);
    const bytes = await readBody(req);
    const file = q.name ?? "body";
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new AppError("bad_request", `${file}: expected UTF-8 text, found invalid bytes.`, "body");
    }
    const read = readResults(text, file);
    if (read.issues.length) {
      const first = read.issues[0]!;
      return jsonResponse({ error: { code: "bad_request", message: formatPlaceIssue(first), param: "body", line: first.line, column: first.column ?? null, issues: read.issues.slice(0, 100).map((i) => ({ ...i, message: formatPlaceIssue(i) })) } }, 400);
    }
    const db = getDb();
    const laws = getLaws(db, q.group, q.method);
    const overrides = { "*": { ...(q.arch ? { arch: q.arch } : {}), ...(q.gmacs ? { gmacs: q.gmacs } : {}), ...(q.samples_seen ? { samplesSeen: q.samples_seen } : {}) } };
    const placed = placeAll(read.models, { archs: archGmacs(db), laws, group: q.group, method: q.method, overrides });
    const rows = placed.flatMap((p) => p.rows);
    const models = placed.map((p) => ({ ...p.summary, arch: p.compute.arch, gmacs: p.compute.gmacs, gmacs_source: p.compute.gmacsSource, samples_seen: p.compute.samplesSeen, samples_seen_source: p.compute.samplesSource, notes: p.model.notes }));
    const meta = buildMeta(db, url, rows.length, { format_read: read.format, group: q.group, method: q.method, stored: "nothing: this endpoint is stateless" });
    if (q.format === "csv") {
      return tableResponse({ format: "csv", rows, meta, columns: PLACEMENT_COLUMNS, filename: `place_${q.group}_${q.method}`, metadataUrl: jsonTwin(url) });
    }
    return jsonResponse({ rows, models, meta });
  });
}
