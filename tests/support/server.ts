import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { COMMUNITY_DATA, SHARED_DATA } from "./paths";

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Ingest the real upstream files into a fresh database file and return its path. */
export function ingestRealData(dir = fs.mkdtempSync(path.join(os.tmpdir(), "scaling-db-"))): string {
  const db = path.join(dir, "scaling.db");
  const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/ingest.ts", "--source", SHARED_DATA, "--db", db], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  return db;
}

/** Start `next start` (one PID, no npx wrapper) on a free port, with extra `env`, and wait until it answers. */
export async function startServer(dbPath: string, port?: number, env: Record<string, string> = {}): Promise<{ url: string; proc: ChildProcess; stop: () => Promise<void> }> {
  const p = port ?? (await freePort());
  const proc = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(p), "-H", "127.0.0.1"], {
    env: { SCALING_ZOO_DIR: COMMUNITY_DATA, ...process.env, SCALING_DB: dbPath, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  proc.stdout?.on("data", (d) => (log += d));
  proc.stderr?.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${p}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`next start exited: ${log}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.status < 500) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer: ${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.once("exit", () => resolve());
      proc.kill("SIGTERM");
    });
  return { url, proc, stop };
}
