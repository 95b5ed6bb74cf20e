import { describe, expect, it, vi } from "vitest";

describe("AppError", () => {
  it("is recognised by instanceof across two copies of the module (Next bundles one per layer)", async () => {
    const one = await import("./errors");
    vi.resetModules();
    const two = await import("./errors");
    expect(two.AppError).not.toBe(one.AppError); // really two copies
    const e = new one.AppError("unavailable", "busy", undefined, { retryAfter: 2 });
    expect(e instanceof two.AppError).toBe(true);
    expect(e instanceof one.AppError).toBe(true);
    expect((e as InstanceType<typeof two.AppError>).status).toBe(503);
    expect(new Error("plain") instanceof two.AppError).toBe(false);
    expect(Object.assign(new Error("look-alike"), { name: "AppError", code: "unavailable" }) instanceof two.AppError).toBe(false);
    expect((null as unknown as object) instanceof two.AppError).toBe(false);
    expect(e).toBeInstanceOf(Error);
  });
});
