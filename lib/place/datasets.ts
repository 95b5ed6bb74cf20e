/**
 * Dataset names → CLIP_benchmark keys (the paper's task names). Source of the DataComp names and
 * keys: mlfoundations/datacomp tasklist.yml @4a8df199 (checked against that file by datasets.test.ts).
 */
export const DATACOMP_TASKS: Record<string, string> = {
  "Caltech-101": "vtab/caltech101",
  "CIFAR-10": "cifar10",
  "CIFAR-100": "vtab/cifar100",
  "CLEVR Counts": "vtab/clevr_count_all",
  "CLEVR Distance": "vtab/clevr_closest_object_distance",
  Country211: "country211",
  "Describable Textures": "vtab/dtd",
  EuroSAT: "vtab/eurosat",
  "FGVC Aircraft": "fgvc_aircraft",
  "Food-101": "food101",
  GTSRB: "gtsrb",
  "ImageNet 1k": "imagenet1k",
  "ImageNet Sketch": "imagenet_sketch",
  "ImageNet v2": "imagenetv2",
  "ImageNet-A": "imagenet-a",
  "ImageNet-O": "imagenet-o",
  "ImageNet-R": "imagenet-r",
  "KITTI Vehicle Distance": "vtab/kitti_closest_vehicle_distance",
  MNIST: "mnist",
  ObjectNet: "objectnet",
  "Oxford Flowers-102": "vtab/flowers",
  "Oxford-IIIT Pet": "vtab/pets",
  "Pascal VOC 2007": "voc2007",
  PatchCamelyon: "vtab/pcam",
  "Rendered SST2": "renderedsst2",
  RESISC45: "vtab/resisc45",
  "Stanford Cars": "cars",
  "STL-10": "stl10",
  SUN397: "sun397",
  SVHN: "vtab/svhn",
  Flickr: "retrieval/flickr_1k_test_image_text_retrieval",
  MSCOCO: "retrieval/mscoco_2014_5k_test_image_text_retrieval",
  WinoGAViL: "misc/winogavil",
  iWildCam: "wilds/iwildcam",
  Camelyon17: "wilds/camelyon17",
  FMoW: "wilds/fmow",
  "Dollar Street": "fairness/dollar_street",
  GeoDE: "fairness/geode",
  FairFace: "fairness/fairface",
  UTKFace: "fairness/utkface",
};

/**
 * DataComp keys whose test set is a CLIP_benchmark dataset under another name: CIFAR-10's test set
 * is `vtab/cifar10` in the paper; DataComp's Flickr 1k test and MS-COCO 2014 5k test are
 * CLIP_benchmark's `flickr30k` and `mscoco_captions` (the paper's retrieval tasks).
 */
const KEY_ALIASES: Record<string, string> = {
  cifar10: "vtab/cifar10",
  "retrieval/flickr_1k_test_image_text_retrieval": "flickr30k",
  "retrieval/mscoco_2014_5k_test_image_text_retrieval": "mscoco_captions",
};

/** A dataset key or DataComp display name in the paper's naming (`wds/` prefix dropped). */
export function normalizeDataset(name: string): string {
  let key = name.trim();
  if (Object.hasOwn(DATACOMP_TASKS, key)) key = DATACOMP_TASKS[key]!;
  if (key.startsWith("wds/")) key = key.slice(4);
  return Object.hasOwn(KEY_ALIASES, key) ? KEY_ALIASES[key]! : key;
}

/** DataComp's main metric where it is not top-1 (tasklist.yml `main_metric`; absent means acc1). */
export const DATACOMP_MAIN_METRIC: Record<string, string> = {
  "vtab/caltech101": "mean_per_class_recall",
  fgvc_aircraft: "mean_per_class_recall",
  "vtab/flowers": "mean_per_class_recall",
  "vtab/pets": "mean_per_class_recall",
  "retrieval/flickr_1k_test_image_text_retrieval": "mean_recall@1",
  "retrieval/mscoco_2014_5k_test_image_text_retrieval": "mean_recall@1",
  "misc/winogavil": "jaccard_score_10-12",
  "wilds/iwildcam": "F1-macro_all",
  "wilds/fmow": "acc_worst_region",
  "fairness/dollar_street": "acc_top5_wg",
  "fairness/geode": "acc_wg",
};
