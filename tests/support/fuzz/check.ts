import type { RouteKind } from "./routes";

export interface Observed { kind: RouteKind; status: number; contentType: string; body: string; location?: string | null }

// Limits the HTTP server itself enforces before any route runs (header too large, URI too long).
const SERVER_LIMITS = new Set([413, 414, 431]);

/**
 * Why a response to a fuzzed request breaks the contract, or null if it keeps it:
 * never a 5xx; a JSON 4xx names the parameter (`error.param`, and that name inside
 * `error.message`); an API 4xx is JSON unless Next answered for a path that is not a route (404);
 * a view answers 200, 404 or a redirect; a JSON 200 parses.
 */
export function violation(o: Observed): string | null {
  if (o.status >= 500) return `status ${o.status}`;
  const isJson = o.contentType.includes("application/json");
  if (o.status >= 400 && isJson) return jsonErrorProblem(o.body);
  if (o.status >= 400 && SERVER_LIMITS.has(o.status)) return null;
  if (o.kind === "api" && o.status >= 400 && o.status !== 404 && o.status !== 405) return `API ${o.status} with ${o.contentType || "no content type"}, not JSON`;
  if (o.kind === "view" && o.status >= 300 && o.status < 400 && !o.location) return `redirect ${o.status} without Location`;
  if (o.kind === "view" && o.status >= 400 && o.status !== 404) return `view answered ${o.status} (expected 200 with a message, or 404)`;
  if (o.status === 200 && isJson) {
    try {
      JSON.parse(o.body);
    } catch {
      return "200 JSON body does not parse";
    }
  }
  return null;
}

function jsonErrorProblem(body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return "4xx JSON body does not parse";
  }
  const err = (parsed as { error?: { message?: unknown; param?: unknown } }).error;
  if (!err || typeof err.message !== "string" || err.message === "") return "4xx JSON without error.message";
  if (typeof err.param !== "string") return `4xx JSON without error.param (message: ${err.message.slice(0, 120)})`;
  // An empty parameter name (`?=x`) is named as "" in the message.
  if (!err.message.includes(err.param === "" ? '""' : err.param)) return `error.message does not name error.param "${err.param.slice(0, 60)}" (message: ${err.message.slice(0, 120)})`;
  return null;
}
