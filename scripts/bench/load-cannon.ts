/** Thin wrapper over autocannon's programmatic API: one scenario → one row of figures. */
import autocannon from "autocannon";

export interface Scenario { name: string; path: string | (() => string) }
export interface LoadRow { name: string; connections: number; rps: number; p50: number; p99: number; max: number; requests: number; errors: number; non2xx: number; statuses: Record<string, number> }

/** Run one scenario against `base` (loopback only) for `seconds` with `connections` open sockets. */
export async function cannon(base: string, s: Scenario, connections: number, seconds: number): Promise<LoadRow> {
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(base)) throw new Error(`refusing to load a non-loopback address: ${base}`);
  const next = s.path;
  const request: autocannon.Request = typeof next === "string" ? { path: next } : { setupRequest: (req) => ({ ...req, path: next() }) };
  // Browsers ask for compressed responses, and compressing is part of the server's work.
  const headers = { "accept-encoding": "gzip, deflate, br" };
  const r = await autocannon({ url: base, headers, connections, duration: seconds, timeout: 30, requests: [request] });
  const statuses: Record<string, number> = {};
  for (const [code, v] of Object.entries(r.statusCodeStats ?? {})) statuses[code] = v.count ?? 0;
  return {
    name: s.name, connections, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max,
    requests: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx, statuses,
  };
}

/** A row as a Markdown table line. */
export function rowCells(r: LoadRow): string[] {
  return [r.name, String(r.connections), r.rps.toFixed(0), `${r.p50} ms`, `${r.p99} ms`, String(r.requests), String(r.errors), String(r.non2xx)];
}
export const ROW_HEADER = ["scenario", "conns", "req/s", "p50", "p99", "requests", "errors", "non-2xx"];
