/** "ViT-B-32" → "ViT-B/32", as the paper writes architectures. */
export function archLabel(arch: string): string {
  const i = arch.lastIndexOf("-");
  return i < 0 ? arch : `${arch.slice(0, i)}/${arch.slice(i + 1)}`;
}

/** Stable model id: the upstream file name without `.pt`; OpenAI's three share the name "openai". */
export function modelId(name: string, arch: string): string {
  if (name === "openai") return `openai-${arch}`;
  return name.endsWith(".pt") ? name.slice(0, -3) : name;
}
