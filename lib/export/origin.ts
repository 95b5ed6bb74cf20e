const HOST = /^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The origin the client used to reach us (absolute URLs in snippets, oEmbed and discovery links):
 * forwarded headers first (behind a proxy), then Host, then the request URL. Malformed values are
 * ignored, so a forged header cannot inject markup into generated URLs.
 */
export function requestOrigin(headers: Headers, fallback?: string): string {
  const first = (v: string | null) => v?.split(",")[0]?.trim() || null;
  const host = [first(headers.get("x-forwarded-host")), headers.get("host")].find((h): h is string => !!h && HOST.test(h));
  const proto = first(headers.get("x-forwarded-proto"));
  const scheme = proto === "https" || proto === "http" ? proto : fallback ? new URL(fallback).protocol.slice(0, -1) : "http";
  if (host) return `${scheme}://${host}`;
  return fallback ? new URL(fallback).origin : "http://localhost";
}
