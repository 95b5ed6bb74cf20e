/** Next.js start-up hook: the server warms each database version as soon as it appears (db/cache/warm.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startWarmer } = await import("./db/cache/warm");
    startWarmer();
  }
}
