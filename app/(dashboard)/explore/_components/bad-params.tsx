import Link from "next/link";
import { ErrorBox } from "@/components/ui/error-box";

/** Bad URL parameters: one message per parameter, named, with a link back to the default view. */
export function BadParams({ errors }: { errors: readonly { param: string; message: string }[] }) {
  return (
    <>
      <h1>Explore the scaling laws</h1>
      <div className="explore-errors">
        {errors.map((e, i) => (
          <ErrorBox key={`${e.param}-${i}`} title={`Invalid URL parameter "${e.param}"`} message={e.message} />
        ))}
      </div>
      <p><Link href="/explore">Back to /explore</Link> (the default view: ImageNet error against compute).</p>
    </>
  );
}
