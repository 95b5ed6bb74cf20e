"use client";
import { QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { config as zodConfig } from "zod/v4/core";
import { getQueryClient } from "@/lib/api-client/query-client";
import { SiteOriginProvider } from "./report/site-origin";

// zod 4 probes `Function("")` to decide whether to compile its parsers; under our CSP (no
// 'unsafe-eval') that probe is a reported violation. Its interpreted path gives the same results.
// From zod's core: importing classic "zod" here would put all of classic zod (~30 kB gzip) on every page.
zodConfig({ jitless: true });

/**
 * React Query for client charts that refetch (a new client per server request, one in the browser),
 * nuqs' App Router adapter for the views' URL state, and the site's configured origin for absolute URLs.
 */
export function Providers({ origin, children }: { origin: string; children: ReactNode }) {
  return (
    <QueryClientProvider client={getQueryClient()}>
      <NuqsAdapter>
        <SiteOriginProvider origin={origin}>{children}</SiteOriginProvider>
      </NuqsAdapter>
    </QueryClientProvider>
  );
}
