import { AppError } from "../errors";
import { csvStream } from "../export/csv";

const JSON_HEADERS = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };

/** JSON error body `{ error: { code, message, param } }` with the error's status. */
export function errorResponse(e: AppError): Response {
  const headers = e.retryAfter === undefined ? JSON_HEADERS : { ...JSON_HEADERS, "Retry-After": String(e.retryAfter) };
  return new Response(JSON.stringify({ error: { code: e.code, message: e.message, param: e.param ?? null } }), { status: e.status, headers });
}

/**
 * Run a route body: AppErrors become their status with a message; anything else is logged and
 * becomes a generic 500 that leaks no internals.
 */
export async function handle(fn: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AppError) return errorResponse(e);
    // decodeURIComponent on user input (e.g. a path segment "a%25b", which Next has already
    // decoded once to "a%b") is the client's mistake, not the server's.
    if (e instanceof URIError) return errorResponse(new AppError("bad_request", `Invalid "path": malformed percent-encoding (${e.message}).`, "path"));
    console.error("[api] unexpected error", e);
    return errorResponse(new AppError("internal", "Internal error."));
  }
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

interface TableOpts<T> {
  format: "json" | "csv";
  rows: T[];
  meta: Record<string, unknown>;
  columns: readonly string[];
  pick?: (row: T, col: string) => unknown;
  filename: string; // without extension
  metadataUrl: string; // where the CSV's provenance lives (the JSON form of the same query)
}

/** A table as `{ rows, meta }` JSON, or as an RFC 4180 CSV stream with a metadata link. */
export function tableResponse<T>(o: TableOpts<T>): Response {
  if (o.format === "json") return jsonResponse({ rows: o.rows, meta: o.meta });
  const pick = o.pick ?? ((row: T, col: string) => (row as Record<string, unknown>)[col]);
  return csvResponse(csvStream(o.columns, o.rows, pick), `attachment; filename="${o.filename}.csv"`, o.metadataUrl);
}

/** A CSV download whose provenance is the JSON at `describedBy` (a `Link: rel="describedby"` header). */
export function csvResponse(body: ReadableStream<Uint8Array>, disposition: string, describedBy: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": disposition,
      Link: `<${describedBy}>; rel="describedby"; type="application/json"`,
      "Cache-Control": "no-store",
    },
  });
}

/** The same URL with `format=json` (the provenance of a CSV download). */
export function jsonTwin(url: URL): string {
  const u = new URL(url.pathname + url.search, "http://x");
  u.searchParams.set("format", "json");
  return `${u.pathname}${u.search}`;
}
