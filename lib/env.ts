import { z } from "zod";

const envSchema = z.object({
  /** SQLite database file the ingest writes and the server reads. */
  SCALING_DB: z.string().min(1).default("data/scaling.db"),
  /** A directory in upstream's layout (the four CSVs); skips the download. */
  SCALING_DATA_DIR: z.string().min(1).optional(),
  /** Base URL of the raw upstream files; `{commit}` and `{file}` are appended as path segments. */
  SCALING_UPSTREAM_URL: z.string().url().default("https://raw.githubusercontent.com/LAION-AI/scaling-laws-openclip"),
  /** Where downloaded upstream files are cached (verified by sha256 before they are kept). */
  SCALING_CACHE_DIR: z.string().min(1).default("data/upstream"),
  /** Memory budget (MB) of the server's cache of everything derived from one data version; 0 turns it off. */
  SCALING_CACHE_MB: z.coerce.number().min(0).max(1_000_000).default(64),
  /** A directory with open_clip's docs/openclip_results.csv, …_retrieval_results.csv and model_profile.csv (the public-zoo overlay). */
  SCALING_ZOO_DIR: z.string().min(1).optional(),
  /** Base URL of open_clip's raw files; `npm run place -- --fetch-zoo` downloads the pinned commit from it. */
  SCALING_ZOO_URL: z.string().url().default("https://raw.githubusercontent.com/mlfoundations/open_clip"),
  /** Where verified open_clip downloads are cached (`<dir>/<commit>/docs/…`). */
  SCALING_ZOO_CACHE_DIR: z.string().min(1).default("data/open_clip"),
});
export type Env = z.infer<typeof envSchema>;

/** Parse the environment once; a bad value fails loudly with the variable's name. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (`SCALING_DATA_DIR= npm run ingest`) means "unset", as in most shells' idiom.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${msg}`);
  }
  return parsed.data;
}
