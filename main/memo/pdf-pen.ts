// The only part of the PDF writer that talks to pdfkit's document: it sets styles (only when
// they change, since pdfkit keeps one current font, size and colour), measures text, opens
// pages as placed lines reach them and draws text and rules. Decides no positions.
import type { PlacedLine, RuleSegment } from './pdf-cursor';
import type { TextMeasure } from './pdf-lines';
import { INK, LINE_GAP, type FontName } from './pdf-style';

export class PdfPen implements TextMeasure {
  private font = '';
  private size = 0;
  private color = '';
  /** Zero-based index of the page being drawn on. */
  private page = 0;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  setStyle(font: FontName, size: number, color: string): void {
    if (font !== this.font) this.doc.font(font);
    if (size !== this.size) this.doc.fontSize(size);
    if (color !== this.color) this.doc.fillColor(color);
    this.font = font;
    this.size = size;
    this.color = color;
  }

  width(text: string, font: FontName, size: number): number {
    this.setStyle(font, size, this.color || INK);
    return this.doc.widthOfString(text);
  }

  lineHeight(font: FontName, size: number): number {
    this.setStyle(font, size, this.color || INK);
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  /** Opens pages until `page` is the one drawn on. */
  turnTo(page: number): void {
    while (this.page < page) {
      this.doc.addPage();
      this.page += 1;
      // A page's content starts in the default colour.
      this.color = '';
    }
  }

  /** Goes back to a page already drawn on, for what is drawn on every page at the end. */
  revisit(page: number): void {
    this.doc.switchToPage(page);
    this.page = page;
    this.color = '';
  }

  /** Draws one short string at a point, unbroken. */
  text(
    text: string,
    at: { page: number; x: number; y: number },
    style: { font: FontName; size: number; color: string },
    options: PDFKit.Mixins.TextOptions = {},
  ): void {
    this.turnTo(at.page);
    this.setStyle(style.font, style.size, style.color);
    this.doc.text(text, at.x, at.y, { lineBreak: false, ...options });
  }

  /** Draws placed lines; `destination` names the start of the first as a link target. */
  lines(placed: readonly PlacedLine[], destination?: string): void {
    placed.forEach(({ line, page, x, y }, index) => {
      this.turnTo(page);
      let at = x;
      for (const piece of line.pieces) {
        // Passing the measured width spares pdfkit measuring the string again.
        const textOptions: PDFKit.Mixins.TextOptions & { textWidth: number; wordCount: number } = {
          lineBreak: false,
          textWidth: piece.width,
          wordCount: piece.words,
        };
        if (piece.note !== undefined) textOptions.goTo = `note-${piece.note}`;
        if (index === 0 && at === x && destination) textOptions.destination = destination;
        this.setStyle(piece.font, piece.size, piece.color);
        this.doc.text(piece.text, at, y, textOptions);
        at += piece.width;
      }
    });
  }

  /** Strokes a straight line from one point to another on `page`. */
  stroke(
    page: number,
    from: { x: number; y: number },
    to: { x: number; y: number },
    lineWidth: number,
    color: string,
  ): void {
    this.turnTo(page);
    this.doc
      .moveTo(from.x, from.y)
      .lineTo(to.x, to.y)
      .lineWidth(lineWidth)
      .strokeColor(color)
      .stroke();
  }

  /** Fills a rectangle on `page` (a table header's shading). */
  fill(
    page: number,
    box: { x: number; y: number; width: number; height: number },
    color: string,
  ): void {
    this.turnTo(page);
    this.doc.rect(box.x, box.y, box.width, box.height).fill(color);
    // Filling sets the fill colour the text is drawn in; the next text sets it again.
    this.color = '';
  }

  rule(segment: RuleSegment): void {
    this.stroke(
      segment.page,
      { x: segment.x, y: segment.top },
      { x: segment.x, y: segment.bottom },
      segment.lineWidth,
      segment.color,
    );
  }
}
