/** The pinned upstream: LAION-AI/scaling-laws-openclip at the commit the dashboard is built on. */
export const UPSTREAM = {
  repo: "LAION-AI/scaling-laws-openclip",
  commit: "652b1e7471f7ccf372277f67cb680de5c9fa139d",
  paper: "Cherti et al., Reproducible scaling laws for contrastive language-image learning, CVPR 2023 (arXiv:2212.07143)",
} as const;

export const UPSTREAM_FILES = {
  arch: { file: "arch_info.csv", sha256: "44189a6d88685eb70a632fcf0db20e9944e7277d58c0a2d343ee9d9d6d5bcc08" },
  models: { file: "trained_models_info.csv", sha256: "6b084d4895ed83c0dc38a8f166b6164e1a70d0bcc42c75e2aae51a86bf9f678d" },
  results: { file: "zeroshot_results.csv", sha256: "a04786cfcde5d47436c8ddbca0f0bdbb39cc584c0d0776b4f99145ae430a6568" },
  curves: {
    file: "imagenet_zeroshot_learning_curves.csv",
    sha256: "1ac37cafcf49b7d15c14e1f6d351bcc6d0933ffa357dda4038c43129ba9c86db",
  },
} as const;
export type UpstreamKey = keyof typeof UPSTREAM_FILES;
export const UPSTREAM_KEYS = Object.keys(UPSTREAM_FILES) as UpstreamKey[];

/** Raw download URL of one file at the pinned commit. */
export function upstreamUrl(base: string, file: string, commit: string = UPSTREAM.commit): string {
  return `${base.replace(/\/+$/, "")}/${commit}/${file}`;
}
