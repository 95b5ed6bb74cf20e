import path from "node:path";

/** The read-only upstream copy CI and tests use (never copied into the repository). */
export const SHARED_DATA = path.resolve(process.env.SCALING_DATA_DIR ?? path.join(process.cwd(), "../shared/data/scaling-laws-openclip"));

/** The read-only community files (open_clip tables, CLIP_benchmark and DataComp results) for /place. */
export const COMMUNITY_DATA = path.resolve(process.env.SCALING_COMMUNITY_DIR ?? path.join(process.cwd(), "../shared/data/community"));
