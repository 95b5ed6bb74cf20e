"use client";
import Link from "next/link";
import { ErrorBox } from "@/components/ui/error-box";

/** Unexpected failures (e.g. no database): a message and a way back, never a blank page. */
export default function ExploreError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Explore the scaling laws</h1>
      <ErrorBox title="The explore view could not be loaded" message={error.message || "Unexpected error."} />
      <p>
        <button type="button" onClick={reset}>Try again</button> or <Link href="/explore">start from the default view</Link>.
      </p>
    </>
  );
}
