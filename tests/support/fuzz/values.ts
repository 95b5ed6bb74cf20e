/**
 * Pools of query keys and values the fuzzer draws from. Keys are the union of every route's URL
 * contract (so most generated queries reach the value parsers, not just the unknown-key check);
 * values mix valid data (so some queries reach the database and the renderers) with hostile input.
 */
import { ROUTES } from "./routes";

/** Parameter names used by the API and the views (unknown ones are generated separately). */
export const KEY_POOL = [
  "task", "arch", "upstream", "samples_seen", "model", "format", "metric", "group", "groups", "method",
  "bootstrap", "seed", "x", "y", "sort", "dir", "category", "a", "b", "models", "tasks", "width", "height",
  "theme", "url", "maxwidth", "maxheight", "id", "view", "scale", "q", "limit", "page", "legend", "title",
] as const;

/** Values that exist in the real data or in the parameter enums. */
export const VALID_VALUES = [
  "imagenet1k", "cifar10", "vtab/cifar100", "vtab+", "mscoco_captions", "flickr30k", "voc2007_multilabel",
  "ViT-B-32", "ViT-L-14", "ViT-g-14", "LAION-2B", "LAION-400M", "LAION-80M", "CLIP-WIT", "LAION", "3B", "13B", "34B",
  "openai-ViT-B-32", "Model-B-32_Data-400M_Samples-13B_lr-1e-3_bs-86k", "json", "csv", "svg", "png",
  "binned-min", "ols", "acc1", "acc5", "mean_average_precision", "image_retrieval_recall@5", "none",
  "compute", "samples", "error", "asc", "desc", "alpha", "r2", "dark", "light", "0", "1", "2", "100", "1000", "5000",
  "800", "375", "http://localhost/explore?task=imagenet1k", "zero-shot classification",
] as const;

/** Hostile values: injection-like, traversal-like, numbers out of range, non-finite numbers. */
export const NASTY_VALUES = [
  "' OR 1=1 --", "\"; DROP TABLE models; --", "1; SELECT * FROM ingests", "imagenet1k' --", "%' OR '%'='",
  "../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "....//....//etc/passwd", "file:///etc/passwd",
  "NaN", "Infinity", "-Infinity", "-1", "-0", "0.5", "1e309", "1e-400", "5001", "99999999999999999999",
  "2147483648", "9007199254740993", "0x10", "1_000", " 1000", "1000 ", "+1", "١٠٠٠", "null", "undefined", "true",
  "[]", "{}", "__proto__", "constructor", "<script>alert(1)</script>", "javascript:alert(1)", "${7*7}", "{{7*7}}",
  "", " ", "\t", "\n", "\u0000", "\u202e", "\ufeff", "İ", "ß", "ǅ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀", "👩‍👩‍👧", "日本語", "é", "é",
] as const;

/**
 * Raw fragments spliced into the query string without encoding: broken percent escapes,
 * overlong/invalid UTF-8 escapes, encoded surrogates, delimiters.
 */
export const RAW_FRAGMENTS = [
  "%", "%%", "%2", "%zz", "%G0", "%%41", "%25", "%00", "%0A", "%0D%0A", "%FF", "%FE%FF", "%C0%AF", "%C0%80",
  "%E0%A4", "%ED%A0%80", "%F4%90%80%80", "%EF%BF%BF", "%2e%2e%2f", "%2F", "%5C", "+", "++", "&", "&&", "=",
  "==", ";", "?", "[]", "[0]", "%5B%5D", "'", "\"", "<", ">", "`", "|", "^", "{", "}",
] as const;

/** A valid query per route that needs one (ROUTES' `base`); `{origin}` becomes the server's origin, percent-encoded. */
export const BASE_QUERY: Record<string, string> = Object.fromEntries(ROUTES.flatMap((r) => (r.base ? [[r.pattern, r.base]] : [])));

/** Values that stand for the dynamic segments of routes (`[id]` → a real model id, …). */
export const SEGMENT_FILL: Record<string, string> = {
  id: "openai-ViT-B-32",
  model: "openai-ViT-B-32",
  task: "imagenet1k",
  view: "explore",
  slug: "explore",
  ext: "svg",
};

/** Percent-encode every UTF-16 code unit that encodeURIComponent would reject (lone surrogates). */
export function encodeLoose(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += cp >= 0xd800 && cp <= 0xdfff ? `%${(0xe0 | (cp >> 12)).toString(16)}%${(0x80 | ((cp >> 6) & 63)).toString(16)}%${(0x80 | (cp & 63)).toString(16)}` : encodeURIComponent(ch);
  }
  return out;
}
