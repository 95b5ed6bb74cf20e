import { AppError } from "../errors";

/** `bom` of a view twin: CSV only, 0 or 1 (a 400 naming it otherwise). */
export function twinBom(params: URLSearchParams, kind: "csv" | "json"): boolean {
  const bom = params.getAll("bom");
  if (bom.length === 0) return false;
  if (kind === "json") throw new AppError("bad_request", `Invalid parameter "bom": only the CSV twin takes it.`, "bom");
  if (bom.length > 1 || (bom[0] !== "0" && bom[0] !== "1")) throw new AppError("bad_request", `Invalid parameter "bom": must be 0 or 1.`, "bom");
  return bom[0] === "1";
}
