// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build directories let several builds coexist (parallel development, benchmarks).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // proxy.ts serves HTML views from the page cache (db/cache/html.ts) and must leave Next's client
  // router requests (RSC payloads: the `rsc` and next-router-* headers, `_rsc=`) to Next; by default
  // Next hides exactly those from the proxy.
  skipProxyUrlNormalize: true,
  // NEXT_BROWSER_SOURCE_MAPS=1: a build whose browser chunks have source maps, to see which modules
  // make up a chunk and to read CPU profiles of the client (BENCHMARKS.md, bench:web). Off by default.
  productionBrowserSourceMaps: process.env.NEXT_BROWSER_SOURCE_MAPS === "1",
  // `npm test` type-checks; NEXT_SKIP_TYPECHECK=1 lets a build go through while others edit.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // Native addons are loaded by Node at run time, not bundled.
  // csv-parse's main entry is built on Node streams; in the browser (the /place readers) that pulls
  // in Next's stream/util polyfills, whose feature probe calls Function() and so breaks the CSP.
  // Its own browser build is self-contained.
  turbopack: {
    resolveAlias: {
      "csv-parse/sync": { browser: "csv-parse/browser/esm/sync" },
      "csv-parse": { browser: "csv-parse/browser/esm" },
    },
  },
  serverExternalPackages: ["better-sqlite3", "@resvg/resvg-js", "piscina"],
  async headers() {
    // Framing rules and basic hardening. Only /embed/* and the static chart images may be framed by
    // other sites; everything else, 404s included, refuses framing both ways: X-Frame-Options here
    // for old browsers, and CSP frame-ancestors, which proxy.ts sends with each response's
    // Content-Security-Policy (lib/security/csp.ts; a nonce per HTML page) and Permissions-Policy. The
    // chart images skip the proxy and get their policy here. Checked by tests/e2e/embed.test.ts, reports.test.ts, csp.test.ts.
    const framable = "frame-ancestors *";
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      { source: "/((?!embed/|api/v1/chart\\.(?:svg|png)$).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // The images are data, never documents: an SVG opened directly may run nothing.
      ...["/api/v1/chart.svg", "/api/v1/chart.png"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: `default-src 'none'; style-src 'unsafe-inline'; ${framable}` }],
      })),
    ];
  },
};

export default nextConfig;
