import { expect } from "vitest";

/** GET a JSON API of the app under test; the status must be 200. */
export async function getJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  expect(r.status).toBe(200);
  return (await r.json()) as T;
}
