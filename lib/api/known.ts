import { AppError } from "../errors";

const KEYS = ["task", "arch", "upstream", "samples_seen", "model"] as const;
type Facets = Record<(typeof KEYS)[number], readonly string[]>;

/** 400 naming the parameter when a filter value is not in the data (e.g. `task=imagenet2k`). */
export function assertKnown(facets: Facets, filter: Partial<Record<(typeof KEYS)[number], readonly string[]>>): void {
  for (const key of KEYS) {
    for (const v of filter[key] ?? []) {
      if (!facets[key].includes(v)) {
        const some = facets[key].slice(0, 12).join(", ");
        throw new AppError("bad_request", `Invalid parameter "${key}": unknown value "${v}". Known: ${some}${facets[key].length > 12 ? ", …" : ""}.`, key);
      }
    }
  }
}
