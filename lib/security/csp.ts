/**
 * Content-Security-Policy of every response the proxy (proxy.ts) sees, by kind of path. Pages get
 * a fresh nonce per request (Next puts it on its own scripts; app/layout.tsx on the theme script):
 * only our scripts run, nothing is loaded from elsewhere, nothing frames them.
 */
export type PolicyKind = "page" | "embed" | "data";

/** Which policy a path gets: API answers and download twins are data, /embed/* script-free pages. */
export function policyKind(pathname: string): PolicyKind {
  if (pathname.startsWith("/api/") || /\.(csv|json)$/.test(pathname)) return "data";
  if (pathname === "/embed" || pathname.startsWith("/embed/")) return "embed";
  return "page";
}

/** The policy for a kind of path; `nonce` (base64) is required for pages. */
export function contentSecurityPolicy(kind: PolicyKind, nonce?: string): string {
  if (kind === "data") return "frame-ancestors 'none'"; // not documents: the framing rule only
  const common = ["object-src 'none'", "base-uri 'none'"];
  if (kind === "embed") {
    // Server-rendered SVG and a link: no script at all; its one <style> element needs no nonce
    // where nothing can run (and img-src keeps injected CSS from calling out).
    return ["default-src 'none'", "script-src 'none'", "style-src 'unsafe-inline'", "img-src 'self' data:", ...common, "form-action 'none'", "frame-ancestors *"].join("; ");
  }
  if (!nonce) throw new Error("a page's policy needs a nonce");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // <style> elements need the nonce; React and recharts write style="…" attributes (positions,
    // colours), which style-src-attr allows — a style attribute cannot run script.
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    ...common,
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Browser features the site never uses, denied to it and to anything it frames. */
export const PERMISSIONS_POLICY = [
  "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer",
  "microphone", "midi", "payment", "publickey-credentials-get", "screen-wake-lock", "usb", "xr-spatial-tracking",
].map((f) => `${f}=()`).join(", ");
