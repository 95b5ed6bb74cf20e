import Link from "next/link";

/** Unknown or malformed model id. */
export default function ModelNotFound() {
  return (
    <div className="models-not-found">
      <h1>Model not found</h1>
      <p role="alert">There is no model with this id (404). Model ids are the upstream checkpoint names without <code>.pt</code>, or <code>openai-ViT-B-32</code>, <code>openai-ViT-B-16</code> and <code>openai-ViT-L-14</code>.</p>
      <p><Link href="/models">See all 32 models</Link></p>
    </div>
  );
}
