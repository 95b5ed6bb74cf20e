"use client";
import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";

/**
 * A view's state whose truth is the URL: a change shows at once (optimistic copy of the props)
 * and pushes the canonical URL, so back/forward and reload restore it; when the new props arrive
 * the optimistic copy gives way to them.
 */
export function useUrlState<S>(state: S, path: string, toQuery: (s: S) => string) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [view, setView] = useOptimistic(state);
  const go = (next: S) =>
    startTransition(() => {
      setView(next);
      const q = toQuery(next);
      router.push(q ? `${path}?${q}` : path, { scroll: false });
    });
  return { view, go, update: (patch: Partial<S>) => go({ ...view, ...patch }), pending };
}
