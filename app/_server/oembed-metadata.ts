import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { oembedHref } from "@/lib/export/embed";
import { siteOrigin } from "@/lib/export/origin";
import { reportView } from "@/lib/export/views";
import { toSearchParams } from "@/lib/url-state/params";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * oEmbed discovery for a view page (spread into its generateMetadata): `<link rel="alternate"
 * type="application/json+oembed" href=… title=…>`; {} for views that are not embeddable or URLs
 * the view rejects.
 */
export async function oembedMetadata(viewId: string, searchParams: SearchParams): Promise<Pick<Metadata, "alternates">> {
  const view = reportView(viewId);
  if (!view?.embeddable) return {};
  const parsed = view.parse(toSearchParams(searchParams));
  if (!parsed.ok) return {};
  const origin = siteOrigin(await headers());
  const q = view.query(parsed.state);
  const pageUrl = `${origin}${view.path}${q ? `?${q}` : ""}`;
  return { alternates: { types: { "application/json+oembed": [{ url: oembedHref(origin, pageUrl), title: view.title(parsed.state) }] } } };
}
