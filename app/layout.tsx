import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { siteOrigin } from "@/lib/export/origin";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CLIP scaling laws", template: "%s · CLIP scaling laws" },
  description: "Interactive results of Reproducible scaling laws for contrastive language-image learning (Cherti et al., CVPR 2023).",
  icons: { icon: "/favicon.ico" },
};
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Applies the saved theme before first paint (no flash of the wrong theme).
const THEME_SCRIPT = `try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}`;

/**
 * Rendered per request: the page's CSP nonce (proxy.ts) goes on the theme script, and the site's
 * configured origin (never the request's Host) down to the toolbar's absolute URLs.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const h = await headers();
  const nonce = h.get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <Providers origin={siteOrigin(h)}>{children}</Providers>
      </body>
    </html>
  );
}
