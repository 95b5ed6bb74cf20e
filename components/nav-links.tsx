"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/explore", label: "Explore" },
  { href: "/tasks", label: "Task atlas" },
  { href: "/compare", label: "Compare" },
  { href: "/models", label: "Models" },
  { href: "/learning-curves", label: "Learning curves" },
  { href: "/place", label: "Place your models" },
  { href: "/predict", label: "Predict" },
  { href: "/backtest", label: "Backtest" },
];

/** Primary navigation with the current view marked for assistive technology. */
export function NavLinks() {
  const path = usePathname();
  return (
    <nav aria-label="Views">
      {LINKS.map((l) => (
        <Link key={l.href} href={l.href} aria-current={path.startsWith(l.href) ? "page" : undefined}>{l.label}</Link>
      ))}
    </nav>
  );
}
