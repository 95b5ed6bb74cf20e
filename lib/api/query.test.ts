import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { parseQuery } from "./query";

const schema = z.object({ task: z.string().optional() });
const parse = (q: string) => parseQuery(new URLSearchParams(q), schema);

describe("parseQuery and the data-version pin v=", () => {
  it("accepts a hex data version on any schema and leaves it out of the parsed query", () => {
    expect(parse("task=cars&v=542fe9dbbffb")).toEqual({ task: "cars" });
  });

  it("rejects a malformed or repeated v with a 400 naming v", () => {
    for (const q of ["v=", "v=XYZ", "v=12345", `v=${"a".repeat(65)}`, "v=abcdef&v=abcdef"]) {
      let err: unknown;
      try {
        parse(q);
      } catch (e) {
        err = e;
      }
      expect(err, q).toBeInstanceOf(AppError);
      expect((err as AppError).param, q).toBe("v");
    }
  });

  it("still names any other unknown parameter", () => {
    expect(() => parse("bogus=1")).toThrow(/Unknown parameter "bogus"/);
  });
});
