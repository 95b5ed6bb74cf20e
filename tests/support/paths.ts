import path from "node:path";

/** The read-only upstream copy CI and tests use (never copied into the repository). */
export const SHARED_DATA = path.resolve(process.env.SCALING_DATA_DIR ?? path.join(process.cwd(), "../shared/data/scaling-laws-openclip"));
