import { ChartSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <>
      <h1>Explore the scaling laws</h1>
      <ChartSkeleton label="Loading the explore view…" height={420} />
    </>
  );
}
