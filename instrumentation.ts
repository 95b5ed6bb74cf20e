/**
 * Next.js start-up hook: the server warms each database version as soon as it appears
 * (db/cache/warm.ts), and answers what the cache holds (gzipped once per entry) before Next routes
 * the request (app/_server/fast-path.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installFastPath } = await import("./app/_server/fast-path");
    installFastPath();
    const { startWarmer } = await import("./db/cache/warm");
    startWarmer();
  }
}
