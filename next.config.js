// @ts-check
const framable = "frame-ancestors *";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build directories let several builds coexist (parallel development, benchmarks).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` type-checks; NEXT_SKIP_TYPECHECK=1 lets a build go through while others edit.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // Native addons are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@resvg/resvg-js"],
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ];
    return [
      {
        // Everything but /embed and the image endpoints refuses to be framed.
        source: "/((?!embed|api/v1/chart\\.).*)",
        headers: [
          ...common,
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        ],
      },
      { source: "/embed/:path*", headers: [...common, { key: "Content-Security-Policy", value: framable }] },
      { source: "/api/v1/chart.:ext", headers: [...common, { key: "Content-Security-Policy", value: framable }] },
    ];
  },
};

export default nextConfig;
