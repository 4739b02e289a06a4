import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { DocTree } from '../../../src/shared/layout/docTree';

/** Checks on a printed report (the app's PDF, or a DOCX converted by LibreOffice). */

export const FONTS_CONF = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'resources',
  'fonts',
  'fonts.conf',
);

export function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function pdfText(pdfPath: string, mode: '-raw' | '-layout' | '-bbox'): string {
  return execFileSync('pdftotext', [mode, pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** LibreOffice headless DOCX → PDF with the bundled fonts behind the official names (one run for all). */
export function docxToPdfWithLibreOffice(
  docs: { name: string; docx: Uint8Array }[],
  dir: string,
): string[] {
  const paths = docs.map((d) => {
    const path = join(dir, `${d.name}.docx`);
    writeFileSync(path, d.docx);
    return path;
  });
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/lo-profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...paths,
    ],
    {
      stdio: 'pipe',
      env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
      timeout: 300_000,
    },
  );
  return docs.map((d) => {
    const pdfPath = join(dir, `${d.name}.pdf`);
    if (!existsSync(pdfPath)) throw new Error(`LibreOffice produced no PDF for ${d.name}`);
    return pdfPath;
  });
}

export function pdfInfo(pdfPath: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  return { pages: Number(pages?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) };
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(pdfPath: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name, type (1–2 words), encoding, emb, sub, uni, object, id
    const emb = cols[cols.length - 5];
    return {
      name: cols[0]!,
      type: cols.slice(1, cols.length - 6).join(' '),
      embedded: emb === 'yes',
    };
  });
}

const squash = (s: string) => s.replace(/\s+/g, '');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label as it may appear in extracted text: wrapped anywhere inside its cell. */
const labelPattern = (label: string) => [...squash(label)].map(escapeRe).join('\\s*');

/**
 * Title, headings and every table label in document order; after each data row's label, that
 * row's numbers in order (pdftotext -raw keeps each table cell's text together).
 */
export function expectReportText(raw: string, tree: DocTree): void {
  const flat = squash(raw);
  let at = 0;
  const expectInOrder = (text: string) => {
    const i = flat.indexOf(squash(text), at);
    expect(i, `“${text}” not found in order in the extracted text`).toBeGreaterThanOrEqual(0);
    at = i + squash(text).length;
  };
  expectInOrder(tree.title);
  for (const block of tree.blocks) {
    if (block.kind === 'heading') expectInOrder(block.text);
    if (block.kind !== 'table') continue;
    for (const row of block.table.rows)
      for (const cell of row.cells) if (cell.role === 'label') expectInOrder(cell.text);
  }
  // Numbers: row by row, the values follow the row's last label.
  const spaced = raw.replace(/\s+/g, ' ');
  let from = 0;
  for (const block of tree.blocks) {
    if (block.kind !== 'table') continue;
    const start = spaced.indexOf(
      block.table.id === 't2' ? '二、' : block.table.id === 't3' ? '三、收到' : '四、',
      from,
    );
    from = Math.max(from, start);
    for (const row of block.table.rows) {
      const values = row.cells.filter((c) => c.role === 'value').map((c) => c.text);
      if (!values.length) continue;
      const labels = row.cells.filter((c) => c.role === 'label');
      const last = labels[labels.length - 1];
      if (!last) {
        // A row of values only (table 四): the whole sequence, in order.
        const i = spaced.indexOf(` ${values.join(' ')} `, from);
        expect(i, `values ${values.join(' ')} of table ${block.table.id}`).toBeGreaterThanOrEqual(
          0,
        );
        from = i + values.join(' ').length;
        continue;
      }
      const m = new RegExp(labelPattern(last.text)).exec(spaced.slice(from));
      expect(m, `row label “${last.text}” not found`).not.toBeNull();
      const pos = from + m!.index + m![0].length;
      const tokens = spaced.slice(pos).trim().split(' ');
      expect(tokens.slice(0, values.length), `numbers of the row “${last.text}”`).toEqual(values);
      from = pos;
    }
  }
}

export interface PageNumberWord {
  page: number;
  text: string;
  xMid: number;
  yMin: number;
  pageWidth: number;
}

/** The digits between “—” and “—” at the foot of each page (pdftotext -bbox). */
export function pageNumbers(bboxHtml: string): PageNumberWord[] {
  const out: PageNumberWord[] = [];
  const pages = bboxHtml.split('<page ').slice(1);
  pages.forEach((pageHtml, i) => {
    const width = Number(/width="([\d.]+)"/.exec(pageHtml)?.[1]);
    const words = [
      ...pageHtml.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4]! }));
    for (let k = 1; k + 1 < words.length; k++) {
      const [a, b, c] = [words[k - 1]!, words[k]!, words[k + 1]!];
      if (
        a.text === '—' &&
        c.text === '—' &&
        /^\d+$/.test(b.text) &&
        Math.abs(a.yMin - b.yMin) < 3
      ) {
        out.push({
          page: i + 1,
          text: b.text,
          xMid: (b.xMin + b.xMax) / 2,
          yMin: b.yMin,
          pageWidth: width,
        });
      }
    }
  });
  return out;
}

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}
