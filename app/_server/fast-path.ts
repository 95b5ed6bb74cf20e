import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { noteRequest, renderedPage, storedPage } from "@/db/cache/html";
import { acceptsGzip, compressible, ENCODED } from "@/db/cache/gzip";
import { lookupStored, type Answer } from "@/db/cache/route";
import { PERMISSIONS_POLICY, contentSecurityPolicy, policyKind } from "@/lib/security/csp";

// What Next puts before a route handler's own Vary (base-server's setVaryHeader): an answer from
// the store carries the same headers as its route's.
export const ROUTER_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";
// The chart images skip proxy.ts (its matcher): their policy comes from next.config.js alone.
const IMAGE = /^\/api\/v1\/chart\.(svg|png)$/;

/**
 * Stored answers straight from Node's request, before Next sees it: a GET that the data-version
 * store can answer (a cached route's 200 or 304, db/cache/route.ts; a view's page with a fresh
 * nonce, db/cache/html.ts) is written to the socket with the headers Next would have sent —
 * next.config.js's (from the build's routes manifest), proxy.ts's policy headers and the router's
 * Vary. Next's routing, its web Request/Response wrappers, the proxy and its compression cost about
 * ten times what the answer itself does, and their garbage is what made p99 under load. Anything
 * the store cannot answer, or that Next would compress itself (an encoding other than gzip), goes
 * on to Next unchanged. Installed once per process from instrumentation.ts.
 */
export function installFastPath(): void {
  const proto = http.Server.prototype as http.Server & { __scalingFastPath?: boolean };
  if (proto.__scalingFastPath) return;
  proto.__scalingFastPath = true;
  const config = configHeaders();
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    const next = () => emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    if (event === "request" && answer(args[0] as http.IncomingMessage, args[1] as http.ServerResponse, config, next)) return true;
    return next();
  } as typeof proto.emit;
}

function answer(req: http.IncomingMessage, res: http.ServerResponse, config: (p: string) => string[], next: () => unknown): boolean {
  noteRequest();
  const raw = req.url;
  // Only GETs; a percent-encoded path is Next's to decode (and proxy.ts's to refuse).
  if (req.method !== "GET" || !raw || raw.charCodeAt(0) !== 47 /* / */ || raw.slice(0, raw.indexOf("?") >>> 0).includes("%")) return false;
  const url = new URL(raw, "http://fast-path");
  const header = (k: string) => {
    const v = req.headers[k];
    return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
  };
  const kind = policyKind(url.pathname);
  const a = kind === "page" ? storedPage(header, url) : lookupStored(header, url);
  if (a === undefined && kind === "page" && (acceptsGzip(header("accept-encoding")) || plainAsNext(null, header("accept-encoding")))) {
    void renderMiss(req, res, url, config).catch(() => next()); // nothing is written before the render is done
    return true;
  }
  if (!a || (a.body && !a.headers.some(([k]) => k === ENCODED) && !plainAsNext(a, header("accept-encoding")))) return false;
  send(res, a, kind, url, config);
  return true;
}

/**
 * A visitor's page that the store does not hold yet: rendered through Next once (db/cache/html.ts)
 * and answered from here, gzipped (off the main thread) when the client takes it, as Next would.
 * The outer pass of the request through Next (its routing, proxy.ts and its compression) is saved;
 * the page itself is rendered for this request as before.
 */
async function renderMiss(req: http.IncomingMessage, res: http.ServerResponse, url: URL, config: (p: string) => string[]): Promise<void> {
  const asked = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) asked.set(k, Array.isArray(v) ? v.join(", ") : v);
  // What Next's own pass would have added to the request before proxy.ts made the fill (base-server).
  if (!asked.has("x-forwarded-host") && asked.has("host")) asked.set("x-forwarded-host", asked.get("host")!);
  if (!asked.has("x-forwarded-port")) asked.set("x-forwarded-port", String(req.socket.localPort));
  if (!asked.has("x-forwarded-proto")) asked.set("x-forwarded-proto", "http");
  if (!asked.has("x-forwarded-for") && req.socket.remoteAddress) asked.set("x-forwarded-for", req.socket.remoteAddress);
  const a = await renderedPage(asked, url);
  if (!a) throw new Error("not a page to cache");
  if (a.body && acceptsGzip(asked.get("accept-encoding")) && !plainAsNext(a, asked.get("accept-encoding"))) {
    a.body = await gzip(a.body);
    a.headers.push([ENCODED, "gzip"]);
  }
  send(res, a, "page", url, config);
}
const gzip = promisify(zlib.gzip);

function send(res: http.ServerResponse, a: Answer, kind: ReturnType<typeof policyKind>, url: URL, config: (p: string) => string[]): void {
  const flat: string[] = config(url.pathname);
  for (const [k, v] of a.headers) {
    if (kind !== "page" && k.toLowerCase() === "vary") flat.push("Vary", `${ROUTER_VARY}, ${v}`);
    else flat.push(k === ENCODED ? "Content-Encoding" : k, v);
  }
  if (kind !== "page" && !IMAGE.test(url.pathname)) flat.push("Content-Security-Policy", contentSecurityPolicy(kind), "Permissions-Policy", PERMISSIONS_POLICY);
  res.writeHead(a.status, flat);
  // Chunked, as Next sends these bodies (a Content-Length would make the stored answer differ from the route's).
  if (a.body) res.write(a.body);
  res.end();
}

/** Whether Next would send this body uncompressed too: the client takes no encoding, or it is no text. */
function plainAsNext(a: Answer | null, accept: string | null): boolean {
  return !accept || /^\s*identity\s*$/i.test(accept) || (!!a && !compressible(a.headers.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? null));
}

/** next.config.js's headers() as the build compiled them: the flat header list for a path. */
function configHeaders(): (pathname: string) => string[] {
  const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "routes-manifest.json");
  const rules = (JSON.parse(fs.readFileSync(file, "utf8")) as { headers: { regex: string; headers: { key: string; value: string }[] }[] }).headers.map((r) => ({ re: new RegExp(r.regex), flat: r.headers.flatMap((h) => [h.key, h.value]) }));
  return (p) => rules.flatMap((r) => (r.re.test(p) ? r.flat : []));
}
