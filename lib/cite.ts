/** BibTeX of the paper the data comes from. */
export const PAPER_BIBTEX = `@inproceedings{cherti2023reproducible,
  title         = {Reproducible Scaling Laws for Contrastive Language-Image Learning},
  author        = {Cherti, Mehdi and Beaumont, Romain and Wightman, Ross and Wortsman, Mitchell and Ilharco, Gabriel and Gordon, Cade and Schuhmann, Christoph and Schmidt, Ludwig and Jitsev, Jenia},
  booktitle     = {Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)},
  pages         = {2818--2829},
  year          = {2023},
  eprint        = {2212.07143},
  archivePrefix = {arXiv}
}`;

/** What a view citation needs: where, what, which data, when. */
export interface ViewCitationInput {
  url: string;
  title: string;
  dataVersion: string;
  sourceRepo: string;
  sourceCommit: string;
  accessed: Date;
}

/** Escape BibTeX special characters in a field value (titles come from URL state). */
export function bibEscape(s: string): string {
  return s.replace(/[\\{}]/g, (c) => (c === "\\" ? "\\textbackslash{}" : `\\${c}`)).replace(/[&%$#_]/g, (c) => `\\${c}`).replace(/[~^]/g, (c) => `\\${c}{}`);
}

/** A plain-text citation of a dashboard view (URL, data version, upstream commit, access date). */
export function viewCitationText(c: ViewCitationInput): string {
  const day = c.accessed.toISOString().slice(0, 10);
  return `CLIP scaling laws dashboard, “${c.title}”. ${c.url} (data version ${c.dataVersion}, from ${c.sourceRepo} at commit ${c.sourceCommit.slice(0, 12)}; accessed ${day}). Data: Cherti et al., “Reproducible scaling laws for contrastive language-image learning”, CVPR 2023, pp. 2818–2829, arXiv:2212.07143.`;
}

/** BibTeX @misc entry of a dashboard view, keyed by view and data version. */
export function viewCitationBibtex(c: ViewCitationInput, view: string): string {
  const day = c.accessed.toISOString().slice(0, 10);
  const key = `clipscaling_${view.replace(/[^A-Za-z0-9]/g, "")}_${c.dataVersion.replace(/[^A-Za-z0-9]/g, "").slice(0, 12)}`;
  return `@misc{${key},
  title        = {{CLIP scaling laws dashboard}: ${bibEscape(c.title)}},
  howpublished = {\\url{${c.url.replace(/[%#]/g, (ch) => `\\${ch}`)}}},
  note         = {Data version ${bibEscape(c.dataVersion)}, from ${bibEscape(c.sourceRepo)} at commit ${bibEscape(c.sourceCommit)}. Accessed ${day}},
  year         = {${c.accessed.getUTCFullYear()}}
}`;
}
