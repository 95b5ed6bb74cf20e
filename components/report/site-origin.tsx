"use client";
import { createContext, useContext, type ReactNode } from "react";

// The site's origin as the server configured it (lib/export/origin.ts: SCALING_PUBLIC_ORIGIN or the
// listening address), for the absolute URLs the toolbar writes into snippets and citations: the
// address bar's origin may be a mirror, a tunnel or a proxy's internal name.
const SiteOrigin = createContext<string | null>(null);

export function SiteOriginProvider({ origin, children }: { origin: string; children: ReactNode }) {
  return <SiteOrigin.Provider value={origin}>{children}</SiteOrigin.Provider>;
}

/** The configured origin; the page's own origin only outside a provider. */
export function useSiteOrigin(): string {
  return useContext(SiteOrigin) ?? window.location.origin;
}
