import { NextResponse, type NextRequest } from "next/server";
import { cachedPage, renderNonce } from "@/db/cache/html";
import { PERMISSIONS_POLICY, contentSecurityPolicy, policyKind } from "@/lib/security/csp";

/**
 * Runs before routing on every path but static assets and the chart images (which next.config.js
 * gives their own policy):
 * - a Content-Security-Policy and a Permissions-Policy per response, with a fresh nonce for HTML pages, passed to the
 *   render in the request headers (`x-nonce`, and the policy itself, from which Next takes the
 *   nonce for its own scripts), as the Next.js CSP guide describes;
 * - a 400 for a malformed percent-encoded path (below);
 * - HTML views from the data-version page cache (db/cache/html.ts): a miss renders once through
 *   Next; a stored render (a fresh nonce substituted, in the body and in this policy) is answered
 *   before Next sees the request (app/_server/fast-path.ts), or here when that left it to Next.
 * Stored data answers and embeds are answered by the fast path too, or else by their route.
 */
export async function proxy(req: NextRequest) {
  const bad = malformedPath(req);
  const kind = policyKind(req.nextUrl.pathname);
  if (bad) {
    bad.headers.set("Content-Security-Policy", contentSecurityPolicy("data"));
    bad.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
    return bad;
  }
  if (kind === "page") {
    const page = await cachedPage(req);
    if (page) return page;
  }
  const nonce = kind === "page" ? renderNonce(req.headers) : undefined;
  const csp = contentSecurityPolicy(kind, nonce);
  const headers = new Headers(req.headers);
  headers.delete("x-nonce"); // only ours
  if (nonce) {
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
  }
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  res.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  return res;
}

/**
 * A path segment with malformed percent-encoding (`/models/%E0%A4%A`, a lone surrogate
 * `%ED%A0%80`) makes Next's own parameter decoding throw; Next then renders the pages-router
 * `/_error`, which an app-router build does not have, and sends a bare 500. Answer 400 with a
 * message naming the path before routing gets there. (Only dynamic segments are decoded into
 * parameters; static routes 404 on their own.)
 */
function malformedPath(req: NextRequest): NextResponse | null {
  const p = req.nextUrl.pathname;
  if (!p.startsWith("/models/") && !p.startsWith("/api/v1/models/")) return null;
  const raw = req.url.slice(req.url.indexOf("/", req.url.indexOf("//") + 2)).split("?")[0] ?? "/";
  try {
    decodeURIComponent(raw);
    return null;
  } catch {
    const message = 'Invalid parameter "path": malformed percent-encoding in the URL path.';
    return NextResponse.json({ error: { code: "bad_request", message, param: "path" } }, { status: 400 });
  }
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon\\.ico|api/v1/chart\\.).*)"] };
