import "server-only";
import { cacheControlFor, canonicalKey, etagFor, matchesIfNoneMatch } from "../../lib/cache/http";
import { siteOrigin } from "../../lib/export/origin";
import { gzipSync } from "node:zlib";
import { getDb, withDb, type Db } from "../client";
import { bodyOf } from "./body";
import { acceptsGzip, compressible, ENCODED } from "./gzip";
import { currentBuildId, peek, put, versionOf } from "./store";

type Handler<C> = (req: Request, ctx: C) => Response | Promise<Response>;
/** A stored 200: its headers, its bytes, and (once a client accepting gzip asked) their gzip. */
interface Stored { status: number; headers: [string, string][]; body: Uint8Array; gzip?: Uint8Array | null }
export interface CachedRouteOptions {
  /** The body depends on the origin the client used (absolute URLs in oEmbed, snippets). */
  perOrigin?: boolean;
  /** What else than the database the body depends on (e.g. files read at request time): part of the key and ETag. */
  alsoKey?: () => string;
}

/**
 * Opt a GET route into the data-version cache and HTTP caching in one line:
 * `export const GET = cachedRoute(function GET(req) { … })`.
 *
 * - The route runs with `getDb()` pinned to one handle, and its ETag names that handle's data
 *   version, so the body and its validators always come from one version.
 * - `ETag` (weak: data version + build + canonical request), `If-None-Match` → 304 without running
 *   the route, `Cache-Control` public for 60 s (+ a day stale-while-revalidate), or immutable for a
 *   year when the URL pins `v=` to the served version.
 * - 200 bodies are kept in the byte-bounded in-process cache of this data version; streamed bodies
 *   are passed through while they are kept, and are not kept if they outgrow one entry's share.
 * - Anything but 200 (400s naming a parameter, 503 without a database) passes through untouched.
 */
export function cachedRoute<C>(handler: Handler<C>, opts: CachedRouteOptions = {}): (req: Request, ctx: C) => Promise<Response> {
  return async (req: Request, ctx: C) => {
    const open = openVersion();
    if (!open) return handler(req, ctx); // no usable database: the route answers its own error
    const { db, version } = open;
    const url = new URL(req.url);
    const header = (k: string) => req.headers.get(k);
    const { key, validators } = identify(header, url, version, opts);
    // Identical requests arriving together (a room opening one chart) wait for the first one's
    // answer to be stored instead of each running the route (ten PNG renders on one pool thread).
    const first = filling.get(key);
    if (first) await first;
    const known = fromStore(header, db, key, validators, false); // Next compresses what goes through it
    if (known) return toResponse(known);
    let settle = () => {};
    if (!filling.has(key)) filling.set(key, new Promise<void>((r) => (settle = r)).finally(() => filling.delete(key)));
    try {
      const res = await withDb(db, () => handler(req, ctx));
      if (res.status !== 200 || !res.body) return res;
      for (const [k, v] of Object.entries(validators)) res.headers.set(k, v);
      const headers = [...res.headers];
      const kept = keepWhileStreaming(res.body, (body) => {
        put(db, key, { status: 200, headers, body } satisfies Stored, body.byteLength + 512 + (body.byteLength >> 3));
        put(db, `${OPTS}${url.pathname}`, opts, 256); // the fast path may answer this path from now on
      }, settle);
      setTimeout(settle, 3000).unref(); // the waiters wait for a body a few seconds at most: one nobody reads never ends
      settle = () => {};
      return new Response(kept, { status: 200, headers: res.headers });
    } finally {
      settle(); // anything but a body being kept: the waiters run the route themselves
    }
  };
}

const filling = new Map<string, Promise<void>>();

const OPTS = "cached-route-opts|";

/** An answer's parts: ENCODED among the headers names a gzip body; no body for a 304. */
export interface Answer { status: number; headers: [string, string][]; body: Uint8Array | null }

/**
 * The stored answer (or a 304) for a GET given by its URL and a header getter, before anything
 * routes the request (app/_server/fast-path.ts asks with Node's request): only paths whose route
 * has stored a 200 in this data version answer (their options are kept beside their bodies); the
 * answer is the one cachedRoute would give, from one database handle, its body gzipped once per
 * entry for a client that takes gzip. Null otherwise: the request goes on to its route.
 */
export function lookupStored(header: (name: string) => string | null, url: URL): Answer | null {
  const open = openVersion();
  if (!open) return null;
  const { db, version } = open;
  const opts = peek<CachedRouteOptions>(db, `${OPTS}${url.pathname}`);
  if (!opts) return null;
  const { key, validators } = identify(header, url, version, opts);
  return fromStore(header, db, key, validators, acceptsGzip(header("accept-encoding")));
}

export function toResponse(a: Answer): Response {
  return new Response(a.body && bodyOf([a.body]), { status: a.status, headers: a.headers });
}

/** The open database and its data version; null when there is no usable database. */
function openVersion(): { db: Db; version: string } | null {
  try {
    const db = getDb();
    return { db, version: versionOf(db) };
  } catch {
    return null;
  }
}

/** A request's cache key and validators in this data version. */
function identify(header: (name: string) => string | null, url: URL, version: string, opts: CachedRouteOptions) {
  const extra = [opts.perOrigin ? siteOrigin({ get: header }) : "", opts.alsoKey?.() ?? ""].filter(Boolean).join("#");
  const key = `http|${canonicalKey(url, extra)}`;
  // Vary: only the encoding changes these bodies. Next appends its own router headers (rsc,
  // next-router-*) to every app route; only Next's client router sends them, so they split no cache.
  const validators = { ETag: etagFor(version, currentBuildId(), key), "Cache-Control": cacheControlFor(url, version), Vary: "Accept-Encoding" };
  return { key, validators };
}

/** If-None-Match → 304, else the stored 200 (its gzip if `gzip`), else null (run the route). */
function fromStore(header: (name: string) => string | null, db: Db, key: string, validators: Record<string, string>, gzip: boolean): Answer | null {
  if (matchesIfNoneMatch(header("if-none-match"), validators.ETag!)) return { status: 304, headers: Object.entries(validators), body: null };
  const hit = peek<Stored>(db, key);
  return hit ? replay(hit, gzip) : null;
}

/**
 * A stored answer again, its bytes handed on without a copy (db/cache/body.ts); to a client that
 * accepts gzip, the body gzipped once per entry (db/cache/gzip.ts; Next would gzip it on every
 * response otherwise).
 */
function replay(hit: Stored, gzip: boolean): Answer {
  if (gzip && hit.gzip === undefined) {
    const type = hit.headers.find(([k]) => k === "content-type")?.[1] ?? null;
    hit.gzip = compressible(type) ? gzipSync(hit.body) : null; // Next gzips small bodies too
  }
  if (gzip && hit.gzip) return { status: hit.status, headers: [...hit.headers, [ENCODED, "gzip"]], body: hit.gzip };
  return { status: hit.status, headers: hit.headers, body: hit.body };
}

/**
 * Pass a body through unchanged, handing the whole of it to `done` at the end (not if cancelled or
 * too big); `settled` runs once the body has ended either way.
 */
function keepWhileStreaming(body: ReadableStream<Uint8Array>, done: (all: Uint8Array) => void, settled: () => void, cap = 16 * 1024 * 1024): ReadableStream<Uint8Array> {
  let chunks: Uint8Array[] | null = [];
  let size = 0;
  const pass = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, ctl) {
      if (chunks) {
        size += chunk.byteLength;
        if (size > cap) chunks = null;
        else chunks.push(chunk);
      }
      ctl.enqueue(chunk);
    },
    flush() {
      if (!chunks) return;
      const all = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        all.set(c, at);
        at += c.byteLength;
      }
      done(all);
    },
  });
  body.pipeTo(pass.writable).catch(() => {}).finally(settled);
  return pass.readable;
}
