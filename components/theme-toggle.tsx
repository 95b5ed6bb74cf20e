"use client";
import { useEffect, useState } from "react";

type Theme = "system" | "light" | "dark";

/** Light / dark / system switch, remembered in localStorage, applied as <html data-theme>. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>("system");
  useEffect(() => {
    const saved = localStorage.getItem("theme");
    if (saved === "light" || saved === "dark") setTheme(saved);
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === "system") {
      root.removeAttribute("data-theme");
      localStorage.removeItem("theme");
    } else {
      root.setAttribute("data-theme", theme);
      localStorage.setItem("theme", theme);
    }
  }, [theme]);
  return (
    <label style={{ marginLeft: "auto" }}>
      Theme{" "}
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)} aria-label="Colour theme">
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
