import "server-only";
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot";
import { contentSecurityPolicy, PERMISSIONS_POLICY } from "../../lib/security/csp";
import { listenOrigin, siteOrigin } from "../../lib/export/origin";
import { getDb, type Db } from "../client";
import { acceptsGzip, deflateParts, ENCODED, joinGzip, type Deflated } from "./gzip";
import { toResponse, type Answer } from "./route";
import { peek, put, versionOf } from "./store";

/**
 * The rendered HTML of every view, kept once per data version and served by
 * app/_server/fast-path.ts (or proxy.ts, when the fast path leaves a request to Next) without
 * rendering again. Each HTML page carries a per-response CSP nonce, so a page is rendered once with
 * a per-process secret placeholder nonce and every response gets a fresh random nonce substituted
 * for it, in the HTML and in its Content-Security-Policy header (the usual way to cache nonce-CSP
 * pages). A miss renders through Next itself: a loopback GET of the same URL that carries a
 * per-process secret header, which makes proxy.ts hand the placeholder to the render.
 *
 * - Key: the raw path and query (the HTML embeds the URL as asked), the site origin the page writes
 *   into absolute URLs, and Next's bot class (bots get metadata in <head>, browsers streamed).
 *   Nothing else changes the body: no view reads cookies, and the theme lives in localStorage.
 * - Versions: entries live in the data-version store (db/cache/store.ts), bounded by its byte
 *   budget; a fill is kept only if the database file did not change while it rendered, so a cached
 *   page always comes from one version.
 * - Only complete 200 HTML answers without Set-Cookie or NO_STORE_ATTR are kept; anything else (404s, redirects)
 *   is passed on with its placeholder replaced. Next's client-router requests (RSC payloads),
 *   non-GET requests and HEAD pass through to Next untouched.
 */

const FILL = "x-scaling-html-fill";

/**
 * An attribute a page renders around a transient state (a full CPU pool: "retry in 2 s"). A 200
 * page that carries it is served but never stored, so the retry renders afresh.
 */
export const NO_STORE_ATTR = "data-scaling-no-store";
const NO_STORE_BYTES = Buffer.from(NO_STORE_ATTR);
const g = globalThis as unknown as { __scalingHtml?: { secret: string; placeholder: string; inflight: Map<string, Fill> } };
/** A render in flight; `abort` while only the warmer waits for it (a visitor's page goes first). */
interface Fill { page: Promise<Page>; abort?: AbortController }

function state() {
  if (!g.__scalingHtml) {
    // The placeholder has a nonce's shape (16 bytes of base64, 24 characters) but only letters and
    // digits, so nothing on the way (HTML attributes, JSON in inline scripts) escapes it.
    const alnum = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[b % 62]).join("");
    g.__scalingHtml = { secret: alnum(32), placeholder: `${alnum(22)}==`, inflight: new Map() };
  }
  return g.__scalingHtml;
}

let pool = Buffer.alloc(0);
let used = 0;
/** A fresh CSP nonce: 16 random bytes, base64 (taken from a pool of random bytes, each used once: one RNG call per 256 nonces). */
export function newNonce(): string {
  if (used + 16 > pool.length) [pool, used] = [Buffer.from(crypto.getRandomValues(new Uint8Array(4096)).buffer), 0];
  return pool.toString("base64", used, (used += 16));
}

/** The nonce a page render gets: the placeholder for this process's own fills, else a fresh one. */
export function renderNonce(headers: Headers): string {
  return headers.get(FILL) === state().secret ? state().placeholder : newNonce();
}

/**
 * A stored page: the body split at each placeholder (a fresh nonce goes between the parts), and
 * once a client accepting gzip asked, each part deflated (db/cache/gzip.ts joinGzip).
 */
interface Page { status: number; headers: [string, string][]; parts: Uint8Array[]; keep: boolean; deflated?: Deflated }

// Requests left to Next: our own fills, its client router's (RSC payloads, server actions), and
// conditional or partial requests (pages send no validators; a route under a page path may).
const PASS = [FILL, "rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "if-none-match", "if-modified-since", "range"];

// Set per response or by Next itself; never replayed from a store.
const DROP = new Set(["content-security-policy", "permissions-policy", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "x-frame-options", "x-content-type-options", "referrer-policy"]);

/**
 * The page for a GET of an HTML view (a path with the "page" policy), from the store or rendered
 * once, with a fresh nonce; null when the request is not one to cache (proxy.ts then lets Next
 * answer it). /embed/* is not here: a route handler with its own validators (cachedRoute).
 */
export async function cachedPage(req: Request): Promise<Response | null> {
  const url = new URL(req.url);
  const found = req.method === "GET" ? findPage((k) => req.headers.get(k), url) : null;
  // Through Next (a miss, or an encoding the fast path leaves to Next): Next compresses it.
  return found && toResponse(pageAnswer(found.hit ?? (await fill(req.headers, url, found)), false));
}

/**
 * A cacheable page not stored yet, as an uncompressed answer with a fresh nonce: rendered once
 * (requests arriving meanwhile share the render) and kept. app/_server/fast-path.ts answers a
 * visitor's miss with it, so the visitor's request itself does not go through Next a second time.
 */
export async function renderedPage(headers: Headers, url: URL): Promise<Answer | null> {
  const found = findPage((k) => headers.get(k), url);
  return found && pageAnswer(found.hit ?? (await fill(headers, url, found)), false);
}

/**
 * A cacheable page not stored yet: rendered once through Next (requests arriving meanwhile share
 * the render) and kept. `warm`: the warmer's render, which a visitor's render cancels.
 */
function fill(headers: Headers, url: URL, { db, key }: { db: Db; key: string }, warm = false): Promise<Page> {
  const { inflight } = state();
  // A visitor's render does not share the CPU with the warmer's: the warm render is cancelled
  // (Next stops rendering when its response is closed) and the warmer asks for that page again later.
  if (!warm) for (const [k, f] of inflight) if (k !== key) f.abort?.abort();
  const f = inflight.get(key);
  if (f) {
    if (!warm) f.abort = undefined; // a visitor waits for it now
    return f.page;
  }
  const abort = warm ? new AbortController() : undefined;
  const page = render(headers, url, abort?.signal).then((page) => {
    // Kept only if no ingest replaced the file meanwhile: then the render read this version.
    if (page.keep && safeCurrent() === db) {
      put(db, key, page, page.parts.reduce((n, p) => n + p.byteLength, 1024));
      // Deflated for the hits that follow once this answer is on its way, not before it.
      setImmediate(() => (page.deflated ??= deflateParts(page.parts)));
    }
    return page;
  });
  page.finally(() => inflight.delete(key)).catch(() => {});
  inflight.set(key, { page, abort });
  return page;
}

/**
 * The stored page for a GET of a view (null when the request is not one to cache), as an answer
 * with a fresh nonce; undefined when it is one to cache but not stored yet. app/_server/fast-path.ts
 * answers with it from Node's request.
 */
export function storedPage(header: (name: string) => string | null, url: URL): Answer | null | undefined {
  const found = findPage(header, url);
  return found && found.hit && pageAnswer(found.hit, acceptsGzip(header("accept-encoding")));
}

/** A cacheable page request's database handle, key and stored page, or null when it is not one to cache. */
function findPage(header: (name: string) => string | null, url: URL): { db: Db; key: string; hit: Page | undefined } | null {
  if (PASS.some((k) => header(k) !== null) || url.searchParams.has("_rsc")) return null;
  let db: Db;
  try {
    db = getDb();
    versionOf(db); // an unreadable file: let the page answer its own error
  } catch {
    return null;
  }
  const key = `html|${url.pathname}${url.search}#${siteOrigin({ get: header })}#${getBotType(header("user-agent") ?? "") ?? "browser"}`;
  return { db, key, hit: peek<Page>(db, key) };
}

function safeCurrent(): Db | null {
  try {
    return getDb();
  } catch {
    return null;
  }
}

/** Render through Next: the same request over loopback, marked as our fill. */
async function render(asked: Headers, url: URL, signal?: AbortSignal): Promise<Page> {
  const headers = new Headers(asked);
  for (const k of ["host", "connection", "content-length", "accept-encoding"]) headers.delete(k);
  headers.set(FILL, state().secret);
  headers.set("accept-encoding", "identity");
  const res = await fetch(`${listenOrigin()}${url.pathname}${url.search}`, { headers, redirect: "manual", cache: "no-store", signal });
  const body = new Uint8Array(await res.arrayBuffer());
  const kept = [...res.headers].filter(([k]) => !DROP.has(k));
  const html = (res.headers.get("content-type") ?? "").startsWith("text/html");
  const keep = res.status === 200 && html && !res.headers.has("set-cookie") && Buffer.from(body.buffer, body.byteOffset, body.byteLength).indexOf(NO_STORE_BYTES) < 0;
  return { status: res.status, headers: kept, parts: split(body, Buffer.from(state().placeholder)), keep };
}

function split(body: Uint8Array, sep: Buffer): Uint8Array[] {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const parts: Uint8Array[] = [];
  let at = 0;
  for (let i = buf.indexOf(sep); i >= 0; i = buf.indexOf(sep, at)) {
    parts.push(buf.subarray(at, i));
    at = i + sep.length;
  }
  parts.push(buf.subarray(at));
  return parts;
}

/** One answer from a stored page: a fresh nonce in the body and in the policy header. */
function pageAnswer(page: Page, gzip: boolean): Answer {
  const nonce = newNonce();
  const nonceBytes = Buffer.from(nonce);
  const headers: [string, string][] = [...page.headers, ["Content-Security-Policy", contentSecurityPolicy("page", nonce)], ["Permissions-Policy", PERMISSIONS_POLICY]];
  if (page.status === 204 || page.status === 304) return { status: page.status, headers, body: null };
  if (gzip && page.keep) {
    page.deflated ??= deflateParts(page.parts);
    headers.push([ENCODED, "gzip"]);
    return { status: page.status, headers, body: joinGzip(page.parts, page.deflated, nonceBytes) };
  }
  // One chunk: Next flushes after every chunk it writes, and many small flushed writes cost far
  // more (gzip sync flushes, small packets) than copying the page once.
  const chunks: Uint8Array[] = [];
  page.parts.forEach((p, i) => {
    if (i > 0) chunks.push(nonceBytes);
    chunks.push(p);
  });
  return { status: page.status, headers, body: Buffer.concat(chunks) };
}

const traffic = globalThis as unknown as { __scalingLastRequest?: number };
// Long enough that a busy machine's scheduling gaps (10 connections, the process off its core for
// tens of ms) are not taken for a quiet moment; a visitor's clicks leave far longer ones.
const QUIET_MS = 250;
/** A request arrived (app/_server/fast-path.ts sees each one): warm renders wait for a quiet moment. */
export function noteRequest(): void {
  traffic.__scalingLastRequest = performance.now();
}

/**
 * Render `paths` into the page cache for `db`'s version, one after another (the warmer calls this
 * when a version appears, so the first visitor after an ingest is served a stored page), while the
 * server is otherwise idle. Stops when a newer version arrives; retries while the server is not listening yet (at start-up).
 */
export async function warmPages(db: Db, paths: readonly string[], tries = 40): Promise<void> {
  const headers = new Headers({ "accept-encoding": "gzip" });
  for (let i = 0; i < paths.length; i++) {
    // Visitors first: no warm render starts while another page is rendering or requests are arriving.
    while (state().inflight.size > 0 || performance.now() - (traffic.__scalingLastRequest ?? -Infinity) < QUIET_MS) await new Promise((r) => setTimeout(r, 5));
    if (safeCurrent() !== db) return;
    const url = new URL(`${listenOrigin()}${paths[i]}`);
    try {
      const found = findPage((k) => headers.get(k), url);
      if (found && !found.hit) await fill(headers, url, found, true);
    } catch (e) {
      if ((e as Error).name === "AbortError") i--; // a visitor's page went first: this one again
      else {
        if (tries > 0) setTimeout(() => void warmPages(db, paths, tries - 1), 500).unref();
        return;
      }
    }
  }
}
