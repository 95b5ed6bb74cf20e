import { describe, expect, it } from "vitest";
import { csvCell, csvLine, csvStream, UTF8_BOM } from "./csv";

// ignoreBOM: keep a byte-order mark in the text so the tests can see it.
async function readAll(s: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(s).arrayBuffer());
}

describe("csvCell", () => {
  it("keeps numbers as numbers, negative ones included", () => {
    expect(csvCell(-0.11)).toBe("-0.11");
    expect(csvCell(-1e-7)).toBe("-1e-7");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(1122944000000)).toBe("1122944000000");
  });
  it("writes numbers that read back bit-identical", () => {
    for (const v of [0.1 + 0.2, 1 / 3, -0.1796430869211395, 5e-324, 1.7976931348623157e308, 18085544529.6]) {
      expect(Object.is(Number(csvCell(v)), v)).toBe(true);
    }
  });
  it("neutralises text cells a spreadsheet would run as a formula", () => {
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell("+41")).toBe("'+41");
    expect(csvCell("-0.11")).toBe("'-0.11");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe(`"'\rx"`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
  it("leaves ordinary text alone and quotes per RFC 4180", () => {
    expect(csvCell("ViT-B-32")).toBe("ViT-B-32");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("ünïcode·α")).toBe("ünïcode·α");
  });
  it("writes missing and non-finite values as empty cells", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe("");
  });
});

describe("csvLine / csvStream", () => {
  it("ends records with CRLF", () => {
    expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
  });
  it("streams the header first, then every row, without a BOM by default", async () => {
    const rows = [{ a: 1, b: "x" }, { a: -2, b: "=y" }];
    const text = await readAll(csvStream(["a", "b"], rows, (r, c) => r[c as "a" | "b"], 1));
    expect(text).toBe("a,b\r\n1,x\r\n-2,'=y\r\n");
  });
  it("prefixes a BOM only on request", async () => {
    const text = await readAll(csvStream(["a"], [{ a: 1 }], (r) => r.a, 10, { bom: true }));
    expect(text).toBe(`${UTF8_BOM}a\r\n1\r\n`);
    expect(await readAll(csvStream(["a"], [{ a: 1 }], (r) => r.a))).toBe("a\r\n1\r\n");
  });
  it("pulls rows only as the reader asks (an endless source does not run away)", async () => {
    let produced = 0;
    let closed = false;
    function* endless() {
      try {
        for (;;) {
          produced++;
          yield { a: produced };
        }
      } finally {
        closed = true;
      }
    }
    const reader = csvStream(["a"], endless(), (r) => r.a, 100).getReader();
    await reader.read();
    await new Promise((r) => setTimeout(r, 20));
    expect(produced).toBeLessThanOrEqual(300);
    await reader.cancel();
    expect(closed).toBe(true);
  });
});
