"use client";
import { useQueryStates, type ParserMap } from "nuqs";
import { usePathname, useRouter } from "next/navigation";
import { useMemo, useOptimistic, useTransition } from "react";
import { viewQuery, type StateOf, type ViewParams } from "@/lib/url-state/params";

/**
 * A view's state whose truth is the URL, read by nuqs with the view's own parsers (the ones its
 * server page parses with). `go(next)` shows the new state at once and pushes its canonical URL,
 * so back/forward and reload restore it:
 * - by default through the router: the server page renders the new URL (`pending` until then), and
 *   the address bar changes when the new content is in;
 * - with `shallow` (views that hold every answer in the browser) as a nuqs shallow update: no
 *   server round trip at all. `go(next, { server: true })` still asks the server when needed.
 */
export function useViewState<PS extends ViewParams>(parsers: PS, { shallow = false, query }: { shallow?: boolean; query?: (s: StateOf<PS>) => string } = {}) {
  const router = useRouter();
  const path = usePathname();
  const [pending, startTransition] = useTransition();
  const [raw, set] = useQueryStates(parsers as unknown as ParserMap, { history: "push", scroll: false, shallow: true });
  // nuqs gives null for an absent parameter without a default; the view's state leaves it out.
  const read = useMemo(() => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) if (v !== null) out[k] = v;
    return out as StateOf<PS>;
  }, [raw]);
  const [view, setView] = useOptimistic(read);
  const go = (next: StateOf<PS>, { server = !shallow }: { server?: boolean } = {}) => {
    if (!server) {
      const values: Record<string, unknown> = {};
      for (const k of Object.keys(parsers)) values[k] = (next as Record<string, unknown>)[k] ?? null;
      void set(values as Parameters<typeof set>[0]);
      return;
    }
    const q = query ? query(next) : viewQuery(next, parsers);
    startTransition(() => {
      setView(next);
      router.push(q ? `${path}?${q}` : path, { scroll: false });
    });
  };
  return { view, go, update: (patch: Partial<StateOf<PS>>) => go({ ...view, ...patch }), pending };
}
