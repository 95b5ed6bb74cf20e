import fs from "node:fs";
import os from "node:os";

/** Median of a non-empty list. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** One line describing the machine a figure was measured on. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}

/** A Markdown table on stdout (pastes straight into BENCHMARKS.md). */
export function printTable(header: string[], rows: string[][]): void {
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
}

/** Replace (or append) only the section under `heading` (e.g. "## bench:web") of BENCHMARKS.md. */
export function writeSection(heading: string, section: string): void {
  const file = "BENCHMARKS.md";
  const md = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  const start = md.indexOf(heading);
  if (start < 0) return fs.writeFileSync(file, `${md.trimEnd()}\n\n${section}`);
  const next = md.indexOf("\n## ", start + 1);
  fs.writeFileSync(file, md.slice(0, start) + section + (next < 0 ? "" : md.slice(next + 1)));
}
