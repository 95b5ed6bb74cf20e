"use client";
import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { config as zodConfig } from "zod";
import { getQueryClient } from "@/lib/api-client/query-client";
import { SiteOriginProvider } from "./report/site-origin";

// zod 4 probes `Function("")` to decide whether to compile its parsers; under our CSP (no
// 'unsafe-eval') that probe is a reported violation. Its interpreted path gives the same results.
zodConfig({ jitless: true });

/**
 * React Query for client charts that refetch (a new client per server request, one in the browser),
 * and the site's configured origin for absolute URLs.
 */
export function Providers({ origin, children }: { origin: string; children: ReactNode }) {
  return (
    <QueryClientProvider client={getQueryClient()}>
      <SiteOriginProvider origin={origin}>{children}</SiteOriginProvider>
    </QueryClientProvider>
  );
}
