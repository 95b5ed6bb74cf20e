import { HOST, asOrigin, readEnv } from "../env";

/**
 * The origin of the address the server listens on: what `next start` itself prints as its URL
 * (`http://<-H host or localhost>:<port>`, kept in its process environment), else localhost on PORT.
 */
export function listenOrigin(env: Record<string, string | undefined> = process.env): string {
  return asOrigin(env.__NEXT_PRIVATE_ORIGIN) ?? `http://localhost:${/^\d{1,5}$/.test(env.PORT ?? "") ? env.PORT : "3000"}`;
}

/**
 * Our origin, for every absolute URL we write (oEmbed answers, embed snippets, citations, image
 * links). Never taken from a request: `SCALING_PUBLIC_ORIGIN` when set, else the address the
 * server listens on. Only with `SCALING_TRUST_PROXY=1` (a proxy in front that sets them) are
 * `X-Forwarded-Host` / `X-Forwarded-Proto` read; malformed values are ignored even then.
 * Behind a shared cache, a forged Host header must not reach anyone else's snippet.
 */
export function siteOrigin(headers?: Pick<Headers, "get">, env: Record<string, string | undefined> = process.env): string {
  const e = readEnv(env);
  if (e.SCALING_PUBLIC_ORIGIN) return e.SCALING_PUBLIC_ORIGIN;
  if (e.SCALING_TRUST_PROXY && headers) {
    const first = (v: string | null) => v?.split(",")[0]?.trim() || null;
    const host = first(headers.get("x-forwarded-host"));
    const proto = first(headers.get("x-forwarded-proto"));
    if (host && HOST.test(host)) return `${proto === "https" ? "https" : "http"}://${host}`;
  }
  return listenOrigin(env);
}
