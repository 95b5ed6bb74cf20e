import { describe, expect, it } from "vitest";
import { decodeUtf8, findInvalidUtf8, Utf8StreamDecoder } from "./decode";
import { formatIssue } from "./issues";
import { CsvParser } from "./parse";

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const issueOf = (bytes: Uint8Array) => {
  const r = decodeUtf8(bytes, "t.csv");
  return "issue" in r ? formatIssue(r.issue) : `text ${JSON.stringify(r.text)}`;
};

describe("decodeUtf8", () => {
  it("decodes valid UTF-8 and strips exactly one leading BOM", () => {
    expect(decodeUtf8(enc("a,é\n"), "t.csv")).toEqual({ text: "a,é\n" });
    expect(decodeUtf8(cat([0xef, 0xbb, 0xbf], enc("a")), "t.csv")).toEqual({ text: "a" });
    expect(decodeUtf8(cat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], enc("a")), "t.csv")).toEqual({ text: "\ufeffa" });
  });

  it("reports the line and CSV column of the first bad byte", () => {
    expect(issueOf(cat(enc("h1,h2\nx,y\n1,a"), [0xc3, 0x28], enc("b\n")))).toBe("t.csv:3:2: expected valid UTF-8, found bytes 0xC3 0x28");
    expect(issueOf(cat(enc('h1,h2\n"a,\nb",'), [0xff]))).toBe("t.csv:3:2: expected valid UTF-8, found byte 0xFF");
    expect(issueOf(cat([0xef, 0xbb, 0xbf], enc("ab"), [0x80]))).toBe("t.csv:1:1: expected valid UTF-8, found byte 0x80");
  });

  it("rejects overlongs, surrogates, code points above U+10FFFF and cut-off sequences", () => {
    expect(issueOf(Uint8Array.from([0xc0, 0xaf]))).toBe("t.csv:1:1: expected valid UTF-8, found byte 0xC0");
    expect(issueOf(Uint8Array.from([0xe0, 0x80, 0xaf]))).toBe("t.csv:1:1: expected valid UTF-8, found bytes 0xE0 0x80");
    expect(issueOf(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe("t.csv:1:1: expected valid UTF-8, found bytes 0xED 0xA0");
    expect(issueOf(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe("t.csv:1:1: expected valid UTF-8, found bytes 0xF4 0x90");
    expect(issueOf(cat(enc("a,b\n"), [0xe2, 0x82]))).toBe("t.csv:2:1: expected valid UTF-8, found bytes 0xE2 0x82 cut off by the end of the file");
    expect(issueOf(cat(enc("a,"), [0xf0]))).toBe("t.csv:1:2: expected valid UTF-8, found byte 0xF0 cut off by the end of the file");
  });

  it("findInvalidUtf8 gives the offset and bytes of a hand-written WHATWG validator on random bytes", () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (let t = 0; t < 5000; t++) {
      const b = Uint8Array.from({ length: 1 + (t % 12) }, () => (rnd() < 100 ? rnd() & 0x7f : rnd()));
      expect(findInvalidUtf8(b, 0), Array.from(b).join(",")).toEqual(referenceInvalidUtf8(b, 0));
    }
  });

  it("findInvalidUtf8 agrees with TextDecoder on random bytes", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (let t = 0; t < 2000; t++) {
      const b = Uint8Array.from({ length: 1 + (t % 9) }, () => (rnd() < 160 ? rnd() & 0x7f : rnd()));
      let valid = true;
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(b);
      } catch {
        valid = false;
      }
      expect(findInvalidUtf8(b, 0).offset === b.length, Array.from(b).join(",")).toBe(valid);
    }
  });
});

describe("Utf8StreamDecoder", () => {
  it("accepts exactly what the fatal TextDecoder accepts, with its text, on random bytes", () => {
    let seed = 5;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (let t = 0; t < 5000; t++) {
      const b = Uint8Array.from({ length: 1 + (t % 10) }, () => (rnd() < 64 ? rnd() & 0x7f : rnd() | 0x80));
      let want: string | null = null;
      try {
        want = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b);
      } catch {
        want = null;
      }
      const fed: string[] = [];
      const d = new Utf8StreamDecoder({ file: "t.csv", feed: (text) => void fed.push(text), stopAndLocate: () => ({ line: 1, column: 1 }) });
      const issue = d.write(b) ?? d.end();
      expect(issue === null ? fed.join("") : null, Array.from(b).join(",")).toBe(want);
    }
  });


  const bytes = cat([0xef, 0xbb, 0xbf], enc("h,é\n1,€\n2,ok"), [0xe2, 0x28, 0xa1], enc(",z\n"));

  function run(chunks: Uint8Array[]) {
    const records: string[][] = [];
    const parser = new CsvParser((f) => records.push(f), { file: "t.csv" });
    const d = new Utf8StreamDecoder(parser);
    const issues = chunks.map((c) => d.write(c)).concat(d.end());
    return { records, issues: issues.filter((i) => i !== null).map((i) => formatIssue(i!)) };
  }

  it("reports the same issue and the same records at every split point", () => {
    const whole = run([bytes]);
    expect(whole).toEqual({ records: [["h", "é"], ["1", "€"]], issues: ["t.csv:3:2: expected valid UTF-8, found bytes 0xE2 0x28"] });
    for (let cut = 0; cut <= bytes.length; cut++) expect(run([bytes.subarray(0, cut), bytes.subarray(cut)]), `cut ${cut}`).toEqual(whole);
    expect(run(Array.from(bytes, (b) => Uint8Array.of(b)))).toEqual(whole);
  });

  it("reports a sequence cut off by the end of the input", () => {
    const cut = cat(enc("h\nx"), [0xf0, 0x9f, 0x98]);
    expect(run([cut]).issues).toEqual(["t.csv:2:1: expected valid UTF-8, found bytes 0xF0 0x9F 0x98 cut off by the end of the file"]);
  });
});

const hex = (x: number) => `0x${x.toString(16).toUpperCase().padStart(2, "0")}`;

/** The hand-written WHATWG validator lib/csv used before (independent of TextDecoder): the reference here. */
function referenceInvalidUtf8(b: Uint8Array, from: number): { offset: number; found: string } {
  const n = b.length;
  let i = from;
  while (i < n) {
    const x = b[i] ?? 0;
    if (x < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (x >= 0xc2 && x <= 0xdf) need = 1;
    else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      if (x === 0xe0) lo = 0xa0;
      if (x === 0xed) hi = 0x9f;
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      if (x === 0xf0) lo = 0x90;
      if (x === 0xf4) hi = 0x8f;
    } else return { offset: i, found: `byte ${hex(x)}` };
    for (let k = 1; k <= need; k++) {
      const shown = Array.from(b.subarray(i, Math.min(i + k + 1, n)), hex).join(" ");
      if (i + k >= n) return { offset: i, found: `${k === 1 ? "byte" : "bytes"} ${shown} cut off by the end of the file` };
      const y = b[i + k] ?? 0;
      if (y < (k === 1 ? lo : 0x80) || y > (k === 1 ? hi : 0xbf)) return { offset: i, found: `bytes ${shown}` };
    }
    i += need + 1;
  }
  return { offset: n, found: "the end of the file" };
}
