/**
 * Samples seen of open_clip zoo models whose pretrained tag does not say (tags with `_s34b_` etc.
 * are parsed instead). Each entry names its source; models not listed here stay "compute unknown"
 * and are listed, not drawn. `arch` restricts an entry to one architecture.
 */
export interface ZooSamplesEntry { pretrained: string; arch?: string; samplesSeen: number; source: string }

export const ZOO_SAMPLES: readonly ZooSamplesEntry[] = [
  {
    pretrained: "openai",
    samplesSeen: 12.8e9,
    source: "LAION-AI/scaling-laws-openclip zeroshot_results.csv @652b1e74: samples_seen 12800000000 for the three openai models (Radford et al. 2021: 32 epochs over 400M pairs)",
  },
  {
    pretrained: "laion400m_e32",
    samplesSeen: 32 * 413e6,
    source: "32 epochs (open_clip tag) × 413,000,000 samples per epoch of LAION-400M (LAION-AI/scaling-laws-openclip trained_models_info.csv @652b1e74, samples_per_epoch of the 400M models)",
  },
  {
    pretrained: "laion400m_e31",
    samplesSeen: 31 * 413e6,
    source: "31 epochs (open_clip tag) × 413,000,000 samples per epoch of LAION-400M (LAION-AI/scaling-laws-openclip trained_models_info.csv @652b1e74)",
  },
  {
    pretrained: "metaclip_400m",
    samplesSeen: 12.8e9,
    source: "Xu et al., Demystifying CLIP Data (MetaCLIP), ICLR 2024, §4: models trained on 12.8B seen pairs, as OpenAI CLIP",
  },
  {
    pretrained: "metaclip_fullcc",
    samplesSeen: 12.8e9,
    source: "Xu et al., Demystifying CLIP Data (MetaCLIP), ICLR 2024, §4: models trained on 12.8B seen pairs, as OpenAI CLIP",
  },
  {
    pretrained: "dfn5b",
    arch: "ViT-H-14-quickgelu",
    samplesSeen: 39e9,
    source: "Fang et al., Data Filtering Networks, ICLR 2024, Table 1/§5: ViT-H/14 on DFN-5B trained for 39B samples seen",
  },
];

/** The mapping entry for a zoo model, if any. */
export function zooSamplesOf(arch: string, pretrained: string): ZooSamplesEntry | null {
  return ZOO_SAMPLES.find((e) => e.pretrained === pretrained && (e.arch === undefined || e.arch === arch)) ?? null;
}
