import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { parseQuery } from "./query";
import { fitQuerySchema } from "./schemas";

const fit = (q: string) => parseQuery(new URLSearchParams(`task=imagenet1k&${q}`), fitQuerySchema);

describe("/api/v1/fit seed", () => {
  it("accepts the whole declared range 0 … 2³¹−1", () => {
    for (const s of [0, 1, 999_999_999, 1_000_000_000, 2 ** 31 - 1]) expect(fit(`seed=${s}`).seed).toBe(s);
  });
  it("rejects values outside it with a 400 naming the parameter", () => {
    for (const s of ["2147483648", "9999999999", "99999999999", "-1", "1e3", "1.5", ""]) {
      let err: unknown;
      try {
        fit(`seed=${encodeURIComponent(s)}`);
      } catch (e) {
        err = e;
      }
      expect(err, s).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(400);
      expect((err as AppError).param).toBe("seed");
    }
  });
});
