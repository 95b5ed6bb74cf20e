import type { Architecture } from "@/db/schema";
import { archLabel } from "@/lib/domain/arch";
import { formatNum } from "@/lib/format";
import { formatInt } from "@/lib/models/format";
import { FactList } from "./fact-list";

/** Architecture facts from arch_info.csv: compute per sample, parameters, widths. */
export function ModelArchitecture({ arch, architecture, gmacsPerSample }: { arch: string; architecture: Architecture | null; gmacsPerSample: number }) {
  if (!architecture) {
    return (
      <section className="card" aria-labelledby="arch-h">
        <h2 id="arch-h">Architecture: {archLabel(arch)}</h2>
        <p>arch_info.csv has no row for {arch}; GMACs per sample from the results: {formatNum(gmacsPerSample, 4)}.</p>
      </section>
    );
  }
  const a = architecture;
  return (
    <section className="card" aria-labelledby="arch-h">
      <h2 id="arch-h">Architecture: {archLabel(arch)}</h2>
      <FactList items={[
        { label: "GMACs per sample", value: `${formatNum(a.gmacs, 4)} (image ${formatNum(a.imageGmacs, 4)} + text ${formatNum(a.textGmacs, 4)})`,
          note: a.gmacs === gmacsPerSample ? undefined : `The results table uses ${formatNum(gmacsPerSample, 4)} GMACs per sample for this model.` },
        { label: "Parameters", value: `${formatNum(a.mparams, 4)} M (image ${formatNum(a.imageMparams, 4)} M + text ${formatNum(a.textMparams, 4)} M)` },
        { label: "Image size", value: `${a.imageSize} px` },
        { label: "Image width", value: formatInt(a.imageWidth) },
        { label: "Text width", value: formatInt(a.textWidth) },
        { label: "Embedding dimension", value: formatInt(a.embedDim) },
      ]} />
    </section>
  );
}
