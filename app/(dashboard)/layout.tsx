import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks } from "@/components/nav-links";
import { ThemeToggle } from "@/components/theme-toggle";

/** The dashboard's chrome (brand, view links, theme switch); /embed routes live outside this group and have none. */
export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="site-header">
        <Link href="/" className="brand">CLIP scaling laws</Link>
        <NavLinks />
        <ThemeToggle />
      </header>
      <main>{children}</main>
    </>
  );
}
