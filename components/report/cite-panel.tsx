"use client";
import { useId } from "react";
import { PAPER_BIBTEX, viewCitationBibtex, viewCitationText } from "@/lib/cite";
import { UPSTREAM } from "@/lib/upstream";
import { CopyButton } from "./copy-button";
import type { ServedData } from "./use-provenance";

/** BibTeX of the paper and a citation of this view (URL, data version, upstream commit, access date). */
export function CitePanel({ viewId, url, title, served }: { viewId: string; url: string; title: string; served: ServedData | undefined }) {
  const id = useId();
  const input = served && { url, title, dataVersion: served.data_version, sourceRepo: UPSTREAM.repo, sourceCommit: served.source_commit, accessed: new Date() };
  return (
    <div className="report-panel">
      <label htmlFor={`${id}-paper`}>The paper (please cite it when you use these numbers):</label>
      <textarea id={`${id}-paper`} className="report-code" readOnly rows={9} value={PAPER_BIBTEX} />
      <CopyButton text={PAPER_BIBTEX} label="Copy paper BibTeX" />
      {input ? (
        <>
          <p className="report-citation" data-testid="view-citation">{viewCitationText(input)}</p>
          <CopyButton text={viewCitationText(input)} label="Copy view citation" />
          <label htmlFor={`${id}-view`}>This view as BibTeX:</label>
          <textarea id={`${id}-view`} className="report-code" readOnly rows={6} value={viewCitationBibtex(input, viewId)} />
          <CopyButton text={viewCitationBibtex(input, viewId)} label="Copy view BibTeX" />
        </>
      ) : (
        <p className="muted" role="status">Loading the data version…</p>
      )}
    </div>
  );
}
