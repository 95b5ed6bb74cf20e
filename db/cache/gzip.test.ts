import { spawnSync } from "node:child_process";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, deflateParts, joinGzip } from "./gzip";

// The per-response gzip of a stored page must decode, with any decoder, to exactly the parts with
// the inserted string between them: checked with Node's gunzip and with python's gzip module.
const text = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `<div class="r${(i * seed) % 97}">row ${i} nonce="</div>`).join("");

describe("joinGzip", () => {
  it.each([
    ["one part", [text(50, 3)]],
    ["parts around inserts", [text(400, 7), text(3, 5), "", text(2000, 11), "tail"]],
    ["empty", [""]],
    ["parts of every window size", [text(1, 2), text(9, 3), text(120, 5), text(2400, 13), "x", text(9000, 17)]],
  ])("%s: decodes to the parts joined by the insert (node and python)", (_name, strs) => {
    const parts = strs.map((s) => Buffer.from(s));
    const insert = Buffer.from("abcdEFGH0123+/xyzABCDEF==");
    const gz = joinGzip(parts, deflateParts(parts), insert);
    const expected = Buffer.from(strs.join(insert.toString()));
    expect(zlib.gunzipSync(gz).equals(expected)).toBe(true);
    const py = spawnSync("python3", ["-c", "import gzip,sys; sys.stdout.buffer.write(gzip.decompress(sys.stdin.buffer.read()))"], { input: gz });
    expect(py.status, py.stderr?.toString()).toBe(0);
    expect(py.stdout.equals(expected)).toBe(true);
    // Another insert, same stored parts: another valid member.
    const other = Buffer.from("0000000000000000000000==");
    expect(zlib.gunzipSync(joinGzip(parts, deflateParts(parts), other)).toString()).toBe(strs.join(other.toString()));
  });
});

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br", true], ["br;q=1.0, gzip;q=0.8", true], ["gzip;q=0", false], ["identity", false],
    ["*", true], ["*;q=0", false], ["deflate, *;q=0.1", true], ["gzip;q=0, *", false], [null, false], ["", false], ["x-gzip", true],
  ])("%s → %s", (h, want) => expect(acceptsGzip(h)).toBe(want));
});
