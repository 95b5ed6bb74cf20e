import { NextResponse, type NextRequest } from "next/server";

/**
 * A path segment with malformed percent-encoding (`/models/%E0%A4%A`, a lone surrogate
 * `%ED%A0%80`) makes Next's own parameter decoding throw; Next then renders the pages-router
 * `/_error`, which an app-router build does not have, and sends a bare 500. Answer 400 with a
 * message naming the path before routing gets there.
 */
export function proxy(req: NextRequest) {
  const raw = req.url.slice(req.url.indexOf("/", req.url.indexOf("//") + 2)).split("?")[0] ?? "/";
  try {
    decodeURIComponent(raw);
    return NextResponse.next();
  } catch {
    const message = 'Invalid parameter "path": malformed percent-encoding in the URL path.';
    return NextResponse.json({ error: { code: "bad_request", message, param: "path" } }, { status: 400 });
  }
}

// Only dynamic segments are decoded into parameters; static routes 404 on their own.
export const config = { matcher: ["/models/:path*", "/api/v1/models/:path*"] };
