import Link from "next/link";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";

/** Site chrome: brand, view links, theme switch (not shown on /embed routes). */
export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">CLIP scaling laws</Link>
      <NavLinks />
      <ThemeToggle />
    </header>
  );
}
