"use client";
import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getQueryClient } from "@/lib/api-client/query-client";
import { SiteOriginProvider } from "./report/site-origin";

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
