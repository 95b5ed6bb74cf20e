import { describe, expect, it } from "vitest";
import { describeCell, formatIssue, IssueCollector, type CsvIssue } from "./issues";

const issue = (line: number, column: number, extra: Partial<CsvIssue> = {}): CsvIssue => ({
  file: "f.csv",
  line,
  column,
  expected: "x",
  found: "y",
  ...extra,
});

describe("formatIssue", () => {
  it("puts the column name in parentheses when known", () => {
    expect(formatIssue(issue(14, 7, { columnName: "acc1", expected: "a number in [0, 1]", found: '"abc"' }))).toBe(
      'f.csv:14:7 (acc1): expected a number in [0, 1], found "abc"',
    );
    expect(formatIssue(issue(1, 1, { expected: "a header line", found: "an empty file" }))).toBe("f.csv:1:1: expected a header line, found an empty file");
  });
});

describe("describeCell", () => {
  it("shows cells exactly, empty ones in words, long ones cut", () => {
    expect(describeCell("")).toBe("an empty cell");
    expect(describeCell(" 1")).toBe('" 1"');
    expect(describeCell('a"b\nc')).toBe('"a\\"b\\nc"');
    expect(describeCell("z".repeat(100))).toBe(`"${"z".repeat(60)}…"`);
  });
});

describe("IssueCollector", () => {
  it("sorts by line and column and summarises past the limit", () => {
    const c = new IssueCollector(2);
    [issue(3, 1), issue(2, 5), issue(2, 1), issue(9, 9)].forEach((i) => c.add(i));
    expect(c.count).toBe(4);
    expect(c.list().map(formatIssue)).toEqual([
      "f.csv:2:5: expected x, found y",
      "f.csv:3:1: expected x, found y",
      "f.csv:2:1: expected fewer problems (only the first 2 are listed), found … and 2 more from here on",
    ]);
  });
});
