/**
 * The paper notebook's task switch, run beside our server in the same benchmark: the anchor
 * ../shared/anchors/notebook_update.py (pandas filter, binned-min and least-squares fits, a
 * matplotlib log-log figure rendered to SVG, per task). Its Python packages come from Debian; the
 * set-up installs them with apt when they are missing (as .ci/run does for Chromium).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SHARED_DATA } from "../../tests/support/paths";

export const NOTEBOOK = path.resolve(process.env.NOTEBOOK_ANCHOR ?? "../shared/anchors/notebook_update.py");
const PY_DEPS = ["python3-pandas", "python3-matplotlib"];

// Debian's packages install into the system interpreter; a python3 earlier on PATH (pyenv, a venv)
// may not see them, so the system one is tried too. NOTEBOOK_PYTHON overrides both.
const CANDIDATES = [process.env.NOTEBOOK_PYTHON, "python3", "/usr/bin/python3"].filter((p): p is string => !!p);
let python = "python3";
const hasDeps = () => {
  const found = CANDIDATES.find((py) => spawnSync(py, ["-c", "import pandas, matplotlib"], { encoding: "utf8" }).status === 0);
  if (found) python = found;
  return !!found;
};

/** Make pandas and matplotlib importable (apt-get install when missing; needs root, as in CI). */
export function ensureNotebookDeps(): string {
  if (hasDeps()) return `pandas and matplotlib importable by ${python}`;
  const apt = (args: string[]) => spawnSync("apt-get", args, { encoding: "utf8", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  let r = apt(["install", "-y", "--no-install-recommends", ...PY_DEPS]);
  if (r.status !== 0) {
    apt(["update"]);
    r = apt(["install", "-y", "--no-install-recommends", ...PY_DEPS]);
  }
  if (!hasDeps()) throw new Error(`cannot import pandas/matplotlib and apt-get install ${PY_DEPS.join(" ")} failed:\n${r.stderr}`);
  return `installed ${PY_DEPS.join(" ")} with apt (${python})`;
}

export interface NotebookRun { median_ms: number; p90_ms: number; n: number; startup_s: number }

/** Run the anchor once over every task; its own line gives the per-update median. */
export function runNotebook(): NotebookRun {
  hasDeps();
  if (!fs.existsSync(NOTEBOOK)) throw new Error(`notebook anchor not found: ${NOTEBOOK} (set NOTEBOOK_ANCHOR)`);
  const r = spawnSync(python, [NOTEBOOK, SHARED_DATA], { encoding: "utf8", env: { ...process.env, MPLBACKEND: "Agg", MPLCONFIGDIR: process.env.MPLCONFIGDIR ?? "/tmp/mpl-bench" } });
  const m = /startup\+load ([\d.]+)s\s+per-update median ([\d.]+)ms\s+p90 ([\d.]+)ms\s+n=(\d+)/.exec(r.stdout ?? "");
  if (r.status !== 0 || !m) throw new Error(`notebook anchor failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { startup_s: Number(m[1]), median_ms: Number(m[2]), p90_ms: Number(m[3]), n: Number(m[4]) };
}
