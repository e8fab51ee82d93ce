// Reads a DOCX the way a checker should: from the zip's own word/document.xml, table rows as lists
// of cell texts (every w:t of a cell joined, in order).
import yauzl from 'yauzl';

export function readZipEntry(zip: Buffer, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err ?? new Error('not a zip'));
      file.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return file.readEntry();
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error(`cannot read ${name}`));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            file.close();
            resolve(Buffer.concat(chunks));
          });
          stream.on('error', reject);
        });
      });
      file.on('end', () => reject(new Error(`${name} is not in the zip`)));
      file.readEntry();
    });
  });
}

/** Names of every entry of a zip. */
export function listZipEntries(zip: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err ?? new Error('not a zip'));
      const names: string[] = [];
      file.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        file.readEntry();
      });
      file.on('end', () => resolve(names));
      file.readEntry();
    });
  });
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every table row of the document (nested tables flattened), each as its cells' texts. */
export function docxTableRows(documentXml: string): string[][] {
  const rows: string[][] = [];
  for (const tr of documentXml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []) {
    const cells = (tr.match(/<w:tc>[\s\S]*?<\/w:tc>|<w:tc [\s\S]*?<\/w:tc>/g) ?? []).map((tc) =>
      decode([...tc.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).trim(),
    );
    rows.push(cells);
  }
  return rows;
}

/** The text of the cell right after the label cell in the same row. */
export function cellAfterLabel(row: string[], label: string): string | undefined {
  const i = row.findIndex((c) => c.replace(/\s/g, '') === label);
  return i >= 0 ? row[i + 1] : undefined;
}
