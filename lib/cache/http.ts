import { createHash } from "node:crypto";

/** Data routes, twins, chart images and embeds: a minute fresh, then served stale while revalidating. */
export const CACHE_SHORT = "public, max-age=60, stale-while-revalidate=86400";
/** A URL that pins `v=` to the version it is served from never changes. */
export const CACHE_PINNED = "public, max-age=31536000, immutable";

/**
 * The canonical form of a request: path plus the query with parameters sorted by name (values of a
 * repeated name keep their order, which can matter) and one encoding. Two spellings of the same
 * query share one cache entry and one ETag. Defaults are not filled in: responses echo the query
 * they were asked (`meta.query`, file names), so `?task=cars` and `?task=cars&method=paper` are
 * different representations.
 */
export function canonicalKey(url: URL, extra = ""): string {
  const pairs = [...url.searchParams].map(([k, v], i) => [k, v, i] as const);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] - b[2]));
  const q = new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString();
  return `${url.pathname}${q ? `?${q}` : ""}${extra ? `#${extra}` : ""}`;
}

/**
 * A weak ETag from the data version, the build and the canonical request (path and query name the
 * representation: `.csv`/`.json`, `format=`). Weak, because replicas render `generated_at` at their
 * own time: equal tags mean the same data and query, not the same bytes.
 */
export function etagFor(dataVersion: string, build: string, key: string): string {
  const h = createHash("sha256").update(build).update("\0").update(key).digest("base64url").slice(0, 22);
  return `W/"${dataVersion}-${h}"`;
}

/** RFC 9110 If-None-Match with the weak comparison: `*`, or any listed tag equal to ours, ignoring `W/`. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const ours = etag.replace(/^W\//, "");
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === ours);
}

/** Cache-Control for a data response: immutable when the URL pins `v=` to the served version. */
export function cacheControlFor(url: URL, dataVersion: string): string {
  return url.searchParams.get("v") === dataVersion ? CACHE_PINNED : CACHE_SHORT;
}
