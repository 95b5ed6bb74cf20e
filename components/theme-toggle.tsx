"use client";
import { useSyncExternalStore } from "react";

type Theme = "system" | "light" | "dark";

// localStorage is the store (app/layout.tsx's inline script reads it before first paint); the
// server and the hydrating render see "system", then React re-renders with the saved choice.
const listeners = new Set<() => void>();

function readTheme(): Theme {
  const saved = localStorage.getItem("theme");
  return saved === "light" || saved === "dark" ? saved : "system";
}

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  if (theme === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", theme);
}

function saveTheme(theme: Theme) {
  if (theme === "system") localStorage.removeItem("theme");
  else localStorage.setItem("theme", theme);
  applyTheme(theme);
  for (const l of listeners) l();
}

function subscribe(onChange: () => void) {
  // Another tab's choice arrives as a storage event.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== "theme" && e.key !== null) return;
    applyTheme(readTheme());
    onChange();
  };
  listeners.add(onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/** Light / dark / system switch, remembered in localStorage, applied as <html data-theme>. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, readTheme, () => "system" as const);
  return (
    <label style={{ marginLeft: "auto" }}>
      Theme{" "}
      <select value={theme} onChange={(e) => saveTheme(e.target.value as Theme)} aria-label="Colour theme">
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
