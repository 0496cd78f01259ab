// The DOCX writer: a Memo -> a Word document with the memo's own paragraph styles (quotation,
// attribution, "also reported by", analyst's note) and real Word footnotes for citations, so
// an analyst can keep editing it in Word or LibreOffice. Built with the docx library; knows
// nothing of files or the database.
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  ALSO_REPORTED_BY,
  SOURCES_HEADING,
  layoutMemo,
  plainText,
  type LaidOutQuotation,
} from './layout';
import { listSeparator } from './citation';
import type { Memo, MemoInline, MemoTable } from './model';

const FONT = 'Times New Roman';
const BULLETS = 'memo-bullets';
// Word measures indents in twentieths of a point and font sizes in half points.
const QUOTE_INDENT = 567;
const QUOTATION_GAP = 280;

const STYLES = {
  default: {
    // The line rule is spelt out: LibreOffice reads a missing one as exact, and the title's
    // second line then overprints its first.
    document: {
      run: { font: FONT, size: 23 },
      paragraph: { spacing: { after: 140, line: 276, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: FONT, size: 40, bold: true, color: '1B1B1B' },
      paragraph: { spacing: { after: 80 } },
    },
    heading1: {
      run: { font: FONT, size: 32, bold: true, color: '1B1B1B' },
      paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: 27, bold: true, color: '1B1B1B' },
      paragraph: {
        spacing: { before: 320, after: 160 },
        keepNext: true,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'C8C8C8', space: 2 } },
      },
    },
    heading3: {
      run: { font: FONT, size: 24, bold: true, color: '1B1B1B' },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: 'MemoDate',
      name: 'Memo Date',
      basedOn: 'Normal',
      run: { italics: true, color: '4A4A4A' },
      paragraph: { spacing: { after: 320 } },
    },
    {
      id: 'MemoClassification',
      name: 'Memo Classification',
      basedOn: 'Normal',
      run: { font: 'Arial', size: 20, bold: true, color: '7A1F1F', allCaps: true },
      paragraph: { spacing: { after: 160 } },
    },
    {
      id: 'MemoReported',
      name: 'Memo Reported Speech',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { after: 80 }, keepLines: true },
    },
    {
      id: 'MemoTableCaption',
      name: 'Memo Table Caption',
      basedOn: 'Normal',
      run: { bold: true },
      paragraph: { spacing: { before: 120, after: 80 }, keepNext: true },
    },
    {
      id: 'MemoSource',
      name: 'Memo Source',
      basedOn: 'Normal',
      run: { size: 21 },
      paragraph: { indent: { left: 360, hanging: 360 }, spacing: { after: 80 } },
    },
    {
      id: 'MemoQuotation',
      name: 'Memo Quotation',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: {
        indent: { left: QUOTE_INDENT },
        spacing: { after: 80 },
        keepNext: true,
        keepLines: true,
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: '8A8A8A', space: 10 } },
      },
    },
    {
      id: 'MemoAttribution',
      name: 'Memo Attribution',
      basedOn: 'Normal',
      run: { italics: true },
      paragraph: { indent: { left: QUOTE_INDENT }, spacing: { after: 60 } },
    },
    {
      id: 'MemoAlsoReported',
      name: 'Memo Also Reported',
      basedOn: 'Normal',
      run: { size: 20, color: '3D3D3D' },
      paragraph: { indent: { left: QUOTE_INDENT }, spacing: { after: 60 } },
    },
    {
      id: 'MemoAnalystNote',
      name: 'Memo Analyst Note',
      basedOn: 'Normal',
      run: { size: 21, color: '333333' },
      paragraph: {
        indent: { left: QUOTE_INDENT + 200 },
        spacing: { before: 40, after: 60 },
        shading: { fill: 'F3F3EF' },
      },
    },
  ],
};

function runs(content: readonly MemoInline[]): TextRun[] {
  // Only marks the analyst set are written: an explicit "not bold" would override the heading styles.
  return content.map((run) => {
    const strong = run.marks?.includes('strong') === true;
    const em = run.marks?.includes('em') === true;
    return new TextRun({
      text: run.text,
      ...(strong ? { bold: true } : {}),
      ...(em ? { italics: true } : {}),
    });
  });
}

type Child = TextRun | FootnoteReferenceRun;

function quotation(block: LaidOutQuotation): Paragraph[] {
  const style = block.display === 'reported' ? 'MemoReported' : 'MemoQuotation';
  const parts: { style: string; children: Child[] }[] = block.paragraphs.map((text, index) => {
    const children: Child[] = [new TextRun(text)];
    if (!block.attribution && index === block.paragraphs.length - 1)
      children.push(new FootnoteReferenceRun(block.noteNumber));
    return { style, children };
  });
  if (block.attribution) {
    parts.push({
      style: 'MemoAttribution',
      children: [new TextRun(`— ${block.attribution}`), new FootnoteReferenceRun(block.noteNumber)],
    });
  }
  if (block.alsoReportedBy.length > 0) {
    const children: Child[] = [new TextRun(ALSO_REPORTED_BY)];
    block.alsoReportedBy.forEach((source, index, all) => {
      children.push(
        new TextRun(source.label),
        new FootnoteReferenceRun(source.noteNumber),
        new TextRun(listSeparator(index, all.length)),
      );
    });
    parts.push({ style: 'MemoAlsoReported', children });
  }
  for (const note of block.note)
    parts.push({ style: 'MemoAnalystNote', children: [new TextRun(note)] });
  // Reported speech is prose at the text's margin, so what follows it is too.
  if (block.display === 'reported')
    for (const part of parts.slice(1)) Object.assign(part, { indent: { left: 0 } });
  // Space after the last paragraph separates one quotation from the next.
  return parts.map(
    (part, index) =>
      new Paragraph(
        index === parts.length - 1 ? { ...part, spacing: { after: QUOTATION_GAP } } : part,
      ),
  );
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'C8C8C8' };

/** A memo table: its caption as a paragraph above, then a full-width table, header shaded. */
export function tableParagraphs(table: MemoTable): (Paragraph | Table)[] {
  const width = table.header.length;
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: Array.from(
        { length: width },
        (_, index) =>
          new TableCell({
            borders: {
              top: CELL_BORDER,
              bottom: CELL_BORDER,
              left: CELL_BORDER,
              right: CELL_BORDER,
            },
            margins: { top: 60, bottom: 60, left: 100, right: 100 },
            ...(header
              ? { shading: { type: ShadingType.CLEAR, fill: 'F0F0EC', color: 'auto' } }
              : {}),
            children: [
              new Paragraph({
                spacing: { after: 0 },
                children: [
                  new TextRun({ text: cells[index] ?? '', ...(header ? { bold: true } : {}) }),
                ],
              }),
            ],
          }),
      ),
    });
  const parts: (Paragraph | Table)[] = [];
  if (table.caption.trim())
    parts.push(
      new Paragraph({ style: 'MemoTableCaption', children: [new TextRun(table.caption.trim())] }),
    );
  parts.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [row(table.header, true), ...table.rows.map((cells) => row(cells, false))],
    }),
    // Word needs a paragraph between a table and what follows; it also spaces them.
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  );
  return parts;
}

export async function writeDocx(memo: Memo): Promise<Uint8Array> {
  const laidOut = layoutMemo(memo);
  const children: (Paragraph | Table)[] = [];
  if (laidOut.classification)
    children.push(
      new Paragraph({
        style: 'MemoClassification',
        children: [new TextRun(laidOut.classification)],
      }),
    );
  children.push(
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(laidOut.title)] }),
  );
  laidOut.meta.forEach((line, index) =>
    children.push(
      new Paragraph({
        style: 'MemoDate',
        ...(index < laidOut.meta.length - 1 ? { spacing: { after: 40 } } : {}),
        children: [new TextRun(line)],
      }),
    ),
  );
  for (const block of laidOut.blocks) {
    switch (block.type) {
      case 'heading':
        children.push(
          new Paragraph({ heading: HEADINGS[block.level], children: runs(block.content) }),
        );
        break;
      case 'paragraph':
        if (plainText(block.content).trim())
          children.push(new Paragraph({ children: runs(block.content) }));
        break;
      case 'bulletList':
        for (const item of block.items)
          children.push(
            new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: runs(item) }),
          );
        break;
      case 'quotation':
        children.push(...quotation(block));
        break;
      case 'table':
        if (block.header.length > 0) children.push(...tableParagraphs(block));
        break;
    }
  }
  if (laidOut.sources.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(SOURCES_HEADING)] }),
      ...laidOut.sources.map(
        (source) => new Paragraph({ style: 'MemoSource', children: [new TextRun(source)] }),
      ),
    );
  }
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  // Word puts the note's number first; the space after it is the document's to write.
  for (const note of laidOut.notes)
    footnotes[String(note.number)] = {
      children: [new Paragraph({ children: [new TextRun(` ${note.text}`)] })],
    };

  const document = new Document({
    title: laidOut.title,
    creator: 'Dossier',
    styles: STYLES,
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } },
            },
          ],
        },
      ],
    },
    footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1247, bottom: 1361, left: 1134, right: 1134 },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
