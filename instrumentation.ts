/**
 * Next.js start-up hook: the server warms each database version as soon as it appears
 * (db/cache/warm.ts), lets bodies the cache gzipped once go out as they are (app/_server/precompressed.ts),
 * and answers what the cache holds before Next routes the request (app/_server/fast-path.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPrecompressed } = await import("./app/_server/precompressed");
    installPrecompressed();
    const { installFastPath } = await import("./app/_server/fast-path");
    installFastPath();
    const { startWarmer } = await import("./db/cache/warm");
    startWarmer();
  }
}
