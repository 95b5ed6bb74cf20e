import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { robots: { index: false } };

/** Embeds: no site chrome, nothing but the chart (framable by any site: see next.config.js). */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return children;
}
