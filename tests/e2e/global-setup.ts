import type { TestProject } from "vitest/node";
import { ingestRealData, startServer } from "../support/server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    dbPath: string;
  }
}

/** One ingest of the real files and one `next start` for the whole e2e suite. */
export default async function setup(project: TestProject) {
  const dbPath = ingestRealData();
  const server = await startServer(dbPath);
  project.provide("baseUrl", server.url);
  project.provide("dbPath", dbPath);
  return async () => server.stop();
}
