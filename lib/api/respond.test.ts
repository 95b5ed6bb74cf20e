import { describe, expect, it, vi } from "vitest";
import { AppError } from "../errors";
import { handle } from "./respond";

describe("handle", () => {
  it("turns an AppError into its status with the parameter named", async () => {
    const r = await handle(() => {
      throw new AppError("bad_request", 'Invalid parameter "task".', "task");
    });
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ error: { code: "bad_request", message: 'Invalid parameter "task".', param: "task" } });
  });

  it("answers 400 naming the path for malformed percent-encoding (a URIError)", async () => {
    const r = await handle(() => new Response(decodeURIComponent("a%b")));
    expect(r.status).toBe(400);
    const body = (await r.json()) as { error: { param: string; message: string } };
    expect(body.error.param).toBe("path");
    expect(body.error.message).toContain('"path"');
  });

  it("hides anything else behind a generic 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const r = await handle(() => {
      throw new Error("secret /tmp/x.db");
    });
    expect(r.status).toBe(500);
    expect(await r.text()).not.toContain("secret");
    log.mockRestore();
  });
});
