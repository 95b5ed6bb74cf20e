/**
 * The routes the reliability suites cover. ROUTES is what the dashboard promises; the build's
 * app-path-routes-manifest.json adds any route not listed there, so a new view is fuzzed and
 * load-tested even before it gets its line.
 */

export type RouteKind = "api" | "view" | "file";
export interface Route { pattern: string; kind: RouteKind; method: "GET" | "POST" }

export interface RouteSpec {
  pattern: string;
  /** POST routes get generated JSON bodies as well as query strings. */
  method?: "GET" | "POST";
  /** A valid query for a route that answers 400 without one, so the fuzzer also reaches its 200 path (`{origin}`: this server, encoded). */
  base?: string;
}

/**
 * Every route the dashboard promises, one line each: add a route here when it is built. A listed
 * route the build does not have yet is reported as missing and skipped; a built route missing
 * here is fuzzed all the same (as a GET). Kind (api / view / file) follows from the path.
 */
export const ROUTES: readonly RouteSpec[] = [
  { pattern: "/api/v1/evals" },
  { pattern: "/api/v1/fits" },
  { pattern: "/api/v1/fit", base: "task=imagenet1k" },
  { pattern: "/api/v1/models" },
  { pattern: "/api/v1/models/[id]" },
  { pattern: "/api/v1/learning-curves" },
  { pattern: "/api/v1/dictionary" },
  { pattern: "/api/v1/chart.svg" },
  { pattern: "/api/v1/chart.png" },
  { pattern: "/api/health" },
  { pattern: "/api/oembed", base: "url={origin}%2Fexplore" },
  { pattern: "/api/v1/sensitivity", base: "task=imagenet1k" },
  { pattern: "/api/v1/predictions" },
  { pattern: "/api/v1/predict", base: "task=imagenet1k" },
  { pattern: "/api/v1/backtest", base: "task=imagenet1k" },
  { pattern: "/api/v1/place", method: "POST" },
  { pattern: "/api/v1/place/laws" },
  { pattern: "/api/v1/place/zoo" },
  { pattern: "/" },
  { pattern: "/explore" },
  { pattern: "/tasks" },
  { pattern: "/compare" },
  { pattern: "/models" },
  { pattern: "/models/[id]" },
  { pattern: "/learning-curves" },
  { pattern: "/predict" },
  { pattern: "/backtest" },
  { pattern: "/place" },
  { pattern: "/embed/explore" },
  ...["explore", "tasks", "compare", "models", "learning-curves", "predict", "backtest"].flatMap((v) => [{ pattern: `/${v}.csv` }, { pattern: `/${v}.json` }]),
];

/** Routes that must be in any build of the dashboard as it stands (the rest may not be merged yet). */
export const REQUIRED = ["/api/v1/evals", "/api/v1/fits", "/api/v1/fit", "/api/v1/models", "/api/v1/models/[id]", "/api/v1/learning-curves", "/api/health", "/embed/explore"] as const;

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
  const expected = ROUTES.map((r) => r.pattern);
  const missing = expected.filter((p) => !have.has(p));
  if (!built.some((p) => p.startsWith(EMBED_PREFIX))) missing.push(`${EMBED_PREFIX}*`);
  const method = new Map(ROUTES.map((r) => [r.pattern, r.method ?? "GET"] as const));
  const routes = [...new Set([...expected.filter((p) => have.has(p)), ...built])].map((pattern) => ({ pattern, kind: kindOf(pattern), method: method.get(pattern) ?? "GET" }));
  return { routes, missing };
}
