import { describe, expect, it } from "vitest";
import { CACHE_PINNED, CACHE_SHORT, cacheControlFor, canonicalKey, etagFor, matchesIfNoneMatch } from "./http";

const u = (s: string) => new URL(s, "http://x");

describe("canonicalKey", () => {
  it("sorts parameters by name, keeps the order of a repeated name, and normalises encoding", () => {
    expect(canonicalKey(u("/api/v1/evals?task=cars&arch=ViT-B-32"))).toBe("/api/v1/evals?arch=ViT-B-32&task=cars");
    expect(canonicalKey(u("/a?task=b&x=1&task=a"))).toBe("/a?task=b&task=a&x=1");
    expect(canonicalKey(u("/a?q=a%20b"))).toBe(canonicalKey(u("/a?q=a+b")));
    expect(canonicalKey(u("/a"))).toBe("/a");
  });
  it("keeps the representation apart (path extension, format) and appends extra context", () => {
    expect(canonicalKey(u("/explore.csv?task=cars"))).not.toBe(canonicalKey(u("/explore.json?task=cars")));
    expect(canonicalKey(u("/e?format=csv"))).not.toBe(canonicalKey(u("/e?format=json")));
    expect(canonicalKey(u("/o?url=1"), "https://h")).toBe("/o?url=1#https://h");
  });
});

describe("etagFor / matchesIfNoneMatch", () => {
  const tag = etagFor("v1", "build", "/a?x=1");
  it("is weak, names the data version, and changes with version, build or query", () => {
    expect(tag).toMatch(/^W\/"v1-[A-Za-z0-9_-]{22}"$/);
    expect(etagFor("v1", "build", "/a?x=1")).toBe(tag);
    expect(etagFor("v2", "build", "/a?x=1")).not.toBe(tag);
    expect(etagFor("v1", "other", "/a?x=1")).not.toBe(tag);
    expect(etagFor("v1", "build", "/a?x=2")).not.toBe(tag);
  });
  it("matches with the weak comparison, in lists and for *", () => {
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(tag.slice(2), tag)).toBe(true);
    expect(matchesIfNoneMatch(`"zz", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
    expect(matchesIfNoneMatch('W/"v1-other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});

describe("cacheControlFor", () => {
  it("is immutable only when v= equals the served version", () => {
    expect(cacheControlFor(u("/c?v=abc"), "abc")).toBe(CACHE_PINNED);
    expect(cacheControlFor(u("/c?v=old"), "abc")).toBe(CACHE_SHORT);
    expect(cacheControlFor(u("/c"), "abc")).toBe(CACHE_SHORT);
    expect(CACHE_SHORT).toBe("public, max-age=60, stale-while-revalidate=86400");
    expect(CACHE_PINNED).toBe("public, max-age=31536000, immutable");
  });
});
