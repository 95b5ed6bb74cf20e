import fs from "node:fs";
import path from "node:path";

// Font files are looked up once per worker, not per image: resvg then reads these two files
// instead of scanning every system font directory on each render (resvg-js 2.6 has no font
// database that outlives one render). Falls back to the system scan when DejaVu Sans is missing.
const FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", path.join(process.env.HOME ?? "/nonexistent", ".fonts")];
const FONT_FILE = /^DejaVuSans(-Bold)?\.ttf$/;
let fonts: string[] | undefined;

/** The chart font's files (DejaVu Sans regular and bold), found once per thread; [] when missing. */
export function chartFonts(): string[] {
  if (fonts) return fonts;
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && depth < 4) walk(path.join(dir, e.name), depth + 1);
      else if (FONT_FILE.test(e.name)) found.push(path.join(dir, e.name));
    }
  };
  for (const d of FONT_DIRS) walk(d, 0);
  fonts = found;
  return fonts;
}

