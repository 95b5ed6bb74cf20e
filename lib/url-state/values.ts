import * as z from "zod/mini";
import { en } from "zod/v4/locales";

// zod/mini (~6 kB gzip, not classic zod's ~90 kB) because these schemas ship to the browser with
// the views' controls. Its messages come from the locale: load English explicitly, so a parameter's
// message never depends on whether classic zod (which loads it) happens to be imported too.
z.config(en());

/** Values a filter may take: short, printable, no control characters. */
export const token = z.string().check(
  z.minLength(1, "must not be empty"),
  z.maxLength(120, "is longer than 120 characters"),
  z.regex(/^[\w.+\-/@ ]+$/, "has characters outside [A-Za-z0-9_.+-/@ ]"),
);

/** A list of tokens (a repeated or comma-separated parameter), at most `max`, empty by default. */
export const tokens = (max: number) => z._default(z.array(token).check(z.maxLength(max)), []);

/** One of `values`, `dflt` when absent. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T, dflt: T[number]) => z._default(z.enum(values), dflt);

/** A sort direction, ascending by default. */
export const direction = choice(["asc", "desc"], "asc");
