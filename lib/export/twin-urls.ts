/** URLs of a view's download twins for a canonical query (relative to the site). */
export function twinUrls(viewId: string, query: string): { csv: string; json: string; fits_csv: string } {
  const q = query ? `?${query}` : "";
  return { csv: `/${viewId}.csv${q}`, json: `/${viewId}.json${q}`, fits_csv: `/${viewId}.csv?${query ? `${query}&` : ""}table=fits` };
}
