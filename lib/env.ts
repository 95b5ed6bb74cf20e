import { z } from "zod";

/** A Host header value: name or IPv6 literal, optional port (nothing that could break out of a URL). */
export const HOST = /^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** `scheme://host[:port]` when `v` is exactly an http(s) origin (no path, query or credentials), else null. */
export function asOrigin(v: string | undefined | null): string | null {
  if (!v) return null;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    return null;
  }
  const bare = (u.pathname === "/" || u.pathname === "") && !u.search && !u.hash && !u.username && !u.password;
  return (u.protocol === "http:" || u.protocol === "https:") && bare && HOST.test(u.host) ? u.origin : null;
}

const envSchema = z.object({
  /** SQLite database file the ingest writes and the server reads. */
  SCALING_DB: z.string().min(1).default("data/scaling.db"),
  /** A directory in upstream's layout (the four CSVs); skips the download. */
  SCALING_DATA_DIR: z.string().min(1).optional(),
  /** Base URL of the raw upstream files; `{commit}` and `{file}` are appended as path segments. */
  SCALING_UPSTREAM_URL: z.string().url().default("https://raw.githubusercontent.com/LAION-AI/scaling-laws-openclip"),
  /** Where downloaded upstream files are cached (verified by sha256 before they are kept). */
  SCALING_CACHE_DIR: z.string().min(1).default("data/upstream"),
  /** The site's public origin (`https://clip-scaling.example.org`) in every absolute URL it writes. */
  SCALING_PUBLIC_ORIGIN: z.string().transform((v, ctx) => asOrigin(v) ?? (ctx.addIssue({ code: "custom", message: "must be an http(s) origin such as https://clip-scaling.example.org (no path)" }), z.NEVER)).optional(),
  /** "1": a trusted proxy in front sets X-Forwarded-Host/-Proto, and only then are they read. */
  SCALING_TRUST_PROXY: z.enum(["0", "1"]).transform((v) => v === "1").default(false),
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

const KEYS = Object.keys(envSchema.shape) as (keyof Env)[];
let last: { sig: string; env: Env } | undefined;

/**
 * Parse the environment; a bad value fails loudly with the variable's name. The server asks on
 * every request (getDb, siteOrigin), so the result is kept while our variables keep their values
 * (reading those few is far cheaper than copying process.env and running the schema).
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable (`SCALING_DATA_DIR= npm run ingest`) means "unset", as in most shells' idiom.
  const present = Object.fromEntries(KEYS.map((k) => [k, source[k]]).filter(([, v]) => v !== undefined && v !== ""));
  const sig = JSON.stringify(present);
  if (last?.sig === sig) return last.env;
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${msg}`);
  }
  last = { sig, env: parsed.data };
  return parsed.data;
}
