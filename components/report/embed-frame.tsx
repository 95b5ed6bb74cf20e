import type { ReactNode } from "react";
import { SVG_THEMES, type SvgTheme } from "@/lib/chart-svg/theme";

/**
 * Full-viewport frame of an /embed page: the theme's background (independent of the visitor's saved
 * site theme; "auto" follows prefers-color-scheme through the .chart-auto variables), the chart
 * filling the space, and a one-line link to the interactive view under it.
 */
export function EmbedFrame({ theme, href, children }: { theme: SvgTheme; href?: string; children: ReactNode }) {
  const t = SVG_THEMES[theme];
  return (
    <div data-theme={theme} className={`embed-root chart-${theme}`} style={{ position: "fixed", inset: 0, display: "flex", flexDirection: "column", background: t.bg, color: t.fg, overflow: "hidden" }}>
      <div style={{ flex: "1 1 auto", minHeight: 0 }}>{children}</div>
      {href && (
        <a href={href} target="_blank" rel="noopener" style={{ flex: "none", alignSelf: "flex-end", padding: "0 8px 4px", fontSize: 12, lineHeight: "16px", color: t.muted }}>
          Open interactive view ↗
        </a>
      )}
    </div>
  );
}
