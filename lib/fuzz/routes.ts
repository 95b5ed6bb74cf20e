/**
 * The routes the reliability suites cover. The expected list is what the dashboard promises; the
 * build's app-path-routes-manifest.json adds any route not listed here, so a new view is fuzzed
 * and load-tested without editing this file.
 */

export type RouteKind = "api" | "view" | "file";
export interface Route { pattern: string; kind: RouteKind }

/** API routes answer JSON (4xx JSON must name the parameter). */
export const EXPECTED_API = [
  "/api/v1/evals", "/api/v1/fits", "/api/v1/fit", "/api/v1/models", "/api/v1/models/[id]",
  "/api/v1/learning-curves", "/api/health", "/api/v1/chart.svg", "/api/oembed",
] as const;

/** HTML views: 200 (with an error message in the page for a bad URL) or 404. */
export const EXPECTED_VIEWS = ["/", "/explore", "/tasks", "/compare", "/models", "/models/[id]", "/learning-curves"] as const;

/** Downloads next to views (`/explore.csv`); any route ending in an extension counts. */
export const EXPECTED_FILES = ["/explore.csv", "/explore.json"] as const;

/** At least one /embed/* route must exist; the manifest says which. */
export const EMBED_PREFIX = "/embed/";

/** Classify a route pattern by its path. */
export function kindOf(pattern: string): RouteKind {
  if (pattern.startsWith("/api/")) return "api";
  if (/\.[a-z0-9]+$/i.test(pattern)) return "file";
  return "view";
}

/**
 * Patterns from Next's app-path-routes-manifest.json (`{ "/(dashboard)/explore/page": "/explore" }`),
 * without Next's internal routes (`/_not-found`, `/_global-error`) and static metadata files.
 */
export function routesFromManifest(manifest: Record<string, string>): string[] {
  return [...new Set(Object.values(manifest))]
    .filter((p) => !p.startsWith("/_") && !/^\/(favicon\.ico|robots\.txt|sitemap\.xml|icon|apple-icon)/.test(p))
    .sort();
}

export interface Coverage { routes: Route[]; missing: string[] }

/**
 * Routes to test: the expected ones present in the build plus every other route the build has.
 * `missing` lists expected routes the build does not have yet (reported, not tested).
 */
export function coverage(built: readonly string[]): Coverage {
  const have = new Set(built);
  const expected: string[] = [...EXPECTED_API, ...EXPECTED_VIEWS, ...EXPECTED_FILES];
  const missing = expected.filter((p) => !have.has(p));
  if (!built.some((p) => p.startsWith(EMBED_PREFIX))) missing.push(`${EMBED_PREFIX}*`);
  const routes = [...new Set([...expected.filter((p) => have.has(p)), ...built])].map((pattern) => ({ pattern, kind: kindOf(pattern) }));
  return { routes, missing };
}
