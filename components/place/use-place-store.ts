"use client";
import { useCallback, useSyncExternalStore } from "react";
import { EMPTY_STORE, parseStore, type PlaceStore } from "@/lib/place/stored";

/** Browser storage key of /place's models (nothing is ever sent to the server). */
export const PLACE_STORAGE_KEY = "clip-scaling:place:v1";
const EVENT = "clip-scaling:place";

let cache: { raw: string | null; store: PlaceStore } = { raw: null, store: EMPTY_STORE };

function read(): PlaceStore {
  let raw: string | null = null;
  try { raw = window.localStorage.getItem(PLACE_STORAGE_KEY); } catch { raw = null; }
  if (raw === cache.raw) return cache.store;
  let store = EMPTY_STORE;
  try { store = (raw && parseStore(JSON.parse(raw))) || EMPTY_STORE; } catch { store = EMPTY_STORE; }
  cache = { raw, store };
  return store;
}

function subscribe(cb: () => void): () => void {
  window.addEventListener("storage", cb);
  window.addEventListener(EVENT, cb);
  return () => { window.removeEventListener("storage", cb); window.removeEventListener(EVENT, cb); };
}

/** Replace the stored state (validated on the next read) and tell every subscriber on this page. */
export function writePlaceStore(next: PlaceStore): string | null {
  try {
    window.localStorage.setItem(PLACE_STORAGE_KEY, JSON.stringify(next));
  } catch (e) {
    return `Could not keep the models in browser storage: ${(e as Error).message}`;
  }
  window.dispatchEvent(new Event(EVENT));
  return null;
}

/** The stored /place state (empty on the server) and an updater. */
export function usePlaceStore(): [PlaceStore, (f: (s: PlaceStore) => PlaceStore) => string | null] {
  const store = useSyncExternalStore(subscribe, read, () => EMPTY_STORE);
  const update = useCallback((f: (s: PlaceStore) => PlaceStore) => writePlaceStore(f(read())), []);
  return [store, update];
}
