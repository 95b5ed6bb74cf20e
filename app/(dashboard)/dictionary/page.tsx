import type { Metadata } from "next";
import { Table } from "@/components/ui/table";
import { dataDictionary } from "@/lib/dictionary";

export const metadata: Metadata = { title: "Column definitions" };

/** /dictionary: the data dictionary (/api/v1/dictionary) as a readable page, one table per export. */
export default function DictionaryPage() {
  const d = dataDictionary();
  return (
    <>
      <h1>Column definitions</h1>
      <p className="muted">
        Every column of every download and API table: type, unit, meaning and where it comes from in{" "}
        <a href={`https://github.com/${d.upstream.repo}/tree/${d.upstream.commit}`}>{d.upstream.repo}</a> at commit{" "}
        <code>{d.upstream.commit.slice(0, 12)}</code>. Machine-readable: <a href="/api/v1/dictionary">/api/v1/dictionary</a> (JSON).
      </p>
      <nav aria-label="Tables">
        <ul className="dictionary-toc">
          {d.tables.map((t) => <li key={t.table}><a href={`#${t.table}`}>{t.table}</a></li>)}
        </ul>
      </nav>
      {d.tables.map((t) => (
        <section key={t.table} id={t.table} className="dictionary-table">
          <h2>{t.table}</h2>
          <p className="muted">Used by: {t.used_by.map((u, i) => <span key={u}>{i ? ", " : ""}<code>{u}</code></span>)}</p>
          <Table head={["Column", "Type", "Unit", "Meaning", "Source"]}>
            {t.columns.map((c) => (
              <tr key={c.name}>
                <th scope="row"><code>{c.name}</code></th>
                <td>{c.type}{c.nullable ? " or empty" : ""}</td>
                <td>{c.unit ?? "–"}</td>
                <td>{c.meaning}</td>
                <td><code className="dictionary-source">{c.source}</code></td>
              </tr>
            ))}
          </Table>
        </section>
      ))}
    </>
  );
}
