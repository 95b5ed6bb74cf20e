/** Task categories used to group the 41 downstream tasks in pickers and the atlas. */
export const TASK_CATEGORIES = ["ImageNet & shifts", "VTAB+", "Retrieval", "Other"] as const;
export type TaskCategory = (typeof TASK_CATEGORIES)[number];

const IMAGENET = new Set(["imagenet1k", "imagenet-a", "imagenet-r", "imagenet_sketch", "imagenetv2", "objectnet", "imagenet_robustness"]);
const RETRIEVAL = new Set(["mscoco_captions", "flickr30k", "flickr8k"]);

/** Category of a task name (VTAB tasks are named `vtab/…`; `vtab` and `vtab+` are averages). */
export function taskCategory(task: string): TaskCategory {
  if (IMAGENET.has(task)) return "ImageNet & shifts";
  if (RETRIEVAL.has(task)) return "Retrieval";
  if (task === "vtab" || task === "vtab+" || task.startsWith("vtab/")) return "VTAB+";
  return "Other";
}

const PRETTY: Record<string, string> = {
  imagenet1k: "ImageNet",
  "imagenet-a": "ImageNet-A",
  "imagenet-r": "ImageNet-R",
  imagenet_sketch: "ImageNet Sketch",
  imagenetv2: "ImageNet v2",
  imagenet_robustness: "ImageNet robustness (avg.)",
  objectnet: "ObjectNet",
  mscoco_captions: "MS-COCO",
  flickr30k: "Flickr30K",
  "vtab+": "VTAB+ (avg.)",
  vtab: "VTAB (avg.)",
  voc2007: "VOC 2007",
  voc2007_multilabel: "VOC 2007 multilabel",
};

/** Human label for a task name; falls back to the raw name. */
export function taskLabel(task: string): string {
  return PRETTY[task] ?? task;
}

/** A task picker's option: the task and its label, with the raw name after a pretty one. */
export function taskOption(task: string): [string, string] {
  const label = taskLabel(task);
  return [task, label !== task ? `${label} (${task})` : task];
}
