import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";

/** The dashboard's chrome; /embed routes live outside this group and have none. */
export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main>{children}</main>
    </>
  );
}
