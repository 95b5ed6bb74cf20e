import { sampleBodies, sampleRequests } from "./arbitraries";
import { violation } from "./check";
import type { Route } from "./routes";

export interface Failure { url: string; status: number; reason: string; body: string }
export interface RouteReport {
  pattern: string; kind: string; count: number; ms: number;
  statuses: Record<string, number>; failures: Failure[];
  /** Requests with an unknown `zz_xxxx` key answered 200, and how many of those pages named it. */
  unknownKey: { answered200: number; named: number };
}

const UNKNOWN_KEY = /(?:^|[?&])(zz_[a-z]{4})=/;

/** Run `fn` over `items` with at most `limit` in flight. */
export async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Send `count` generated requests (seeded) to one route and check every response (POST routes get
 * a generated JSON body with each). A request that
 * fails at the network level (connection reset, timeout) is a failure too.
 */
export async function fuzzRoute(baseUrl: string, route: Route, opts: { count: number; seed: number; concurrency: number; timeoutMs?: number }): Promise<RouteReport> {
  const paths = sampleRequests(route.pattern, opts.count, opts.seed, new URL(baseUrl).origin);
  // POST routes: each generated query string also carries a generated JSON body.
  const bodies = route.method === "POST" ? sampleBodies(opts.count, opts.seed + 1) : [];
  const report: RouteReport = { pattern: route.pattern, kind: route.kind, count: paths.length, ms: 0, statuses: {}, failures: [], unknownKey: { answered200: 0, named: 0 } };
  const t0 = performance.now();
  await pool(paths.map((p, i) => [p, bodies[i]] as const), opts.concurrency, async ([p, reqBody]) => {
    const url = baseUrl + p;
    let status = 0;
    let reason: string | null;
    let body = "";
    try {
      const post = reqBody === undefined ? {} : { method: "POST", body: reqBody, headers: { "Content-Type": "application/json" } };
      const res = await fetch(url, { ...post, redirect: "manual", signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) });
      status = res.status;
      body = await res.text();
      reason = violation({ kind: route.kind, status, contentType: res.headers.get("content-type") ?? "", body, location: res.headers.get("location") });
      const unknown = UNKNOWN_KEY.exec(p.slice(p.indexOf("?")))?.[1];
      if (unknown && status === 200 && route.kind === "view") {
        report.unknownKey.answered200++;
        if (body.includes(unknown)) report.unknownKey.named++;
      }
    } catch (e) {
      reason = `request failed: ${(e as Error).message}${(e as { cause?: Error }).cause ? ` (${(e as { cause: Error }).cause.message})` : ""}`;
    }
    const key = status === 0 ? "network" : String(status);
    report.statuses[key] = (report.statuses[key] ?? 0) + 1;
    if (reason) report.failures.push({ url: reqBody === undefined ? url : `POST ${url} ${reqBody.slice(0, 200)}`, status, reason, body: body.slice(0, 300) });
  });
  report.ms = performance.now() - t0;
  return report;
}
