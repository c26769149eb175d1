// The decision letter as a PDF (A4, pdf-lib, the standard Helvetica fonts so nothing has to be embedded).
// Layout follows a Belgian window envelope: the member's address on the right, at the height of the window.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

import type { Letter } from "@/lib/letters/content";

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56; // 2 cm
const SIZE = 10.5;
const LEADING = 14;

// Helvetica in a PDF speaks Windows-1252: these are the characters beyond Latin-1 it can show.
const CP1252_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

/** Text the standard fonts can draw: narrow no-break spaces become no-break spaces, anything unknown "?". */
export function toWinAnsi(text: string): string {
  // No-break spaces stay no-break (WinAnsi has U+00A0), so a French colon never starts a line.
  return [
    ...text
      .replace(/[\u2007\u202f]/g, "\u00a0")
      .replace(/\u2009/g, " ")
      .replace(/[\u2010\u2011]/g, "-"),
  ]
    .map((char) => {
      const code = char.codePointAt(0)!;
      if (char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return char;
      return CP1252_EXTRAS.includes(char) ? char : "?";
    })
    .join("");
}

/** Breaks text into lines no wider than `width` (words longer than a line are cut). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of toWinAnsi(text).split("\n")) {
    let line = "";
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export async function renderLetterPdf(letter: Letter): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(toWinAnsi(letter.subject));
  pdf.setAuthor(toWinAnsi(letter.sender.join(", ")));
  pdf.setCreator("Reprise");
  pdf.setLanguage(letter.lang);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.1, 0.1, 0.12);

  let page: PDFPage = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const contentWidth = A4.width - 2 * MARGIN;

  const ensure = (height: number) => {
    if (y - height >= MARGIN) return;
    page = pdf.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
  };
  const write = (
    text: string,
    options: { font?: PDFFont; x?: number; width?: number; gap?: number } = {},
  ) => {
    const font = options.font ?? regular;
    const x = options.x ?? MARGIN;
    for (const line of wrapText(text, font, SIZE, options.width ?? contentWidth)) {
      ensure(LEADING);
      page.drawText(line, { x, y: y - SIZE, size: SIZE, font, color: ink });
      y -= LEADING;
    }
    y -= options.gap ?? 0;
  };

  for (const [index, line] of letter.sender.entries()) write(line, { font: index === 0 ? bold : regular });
  // The address at the height of the envelope window (about 5 cm from the top, right half of the page).
  y = Math.min(y, A4.height - 142);
  const addressX = A4.width / 2 + 20;
  for (const line of letter.recipient) write(line, { x: addressX, width: A4.width - MARGIN - addressX });
  y -= LEADING * 2;
  write(letter.date, { gap: LEADING / 2 });
  for (const line of letter.references) write(line);
  y -= LEADING;
  write(letter.subject, { font: bold, gap: LEADING });
  write(letter.salutation, { gap: LEADING / 2 });
  for (const paragraph of letter.paragraphs) write(paragraph, { gap: LEADING / 2 });

  const labelWidth = 150;
  y -= LEADING / 2;
  for (const fact of letter.facts) {
    const valueLines = wrapText(fact.value, regular, SIZE, contentWidth - labelWidth);
    const labelLines = wrapText(fact.label, bold, SIZE, labelWidth - 8);
    ensure(LEADING * Math.max(valueLines.length, labelLines.length));
    const top = y;
    labelLines.forEach((line, i) =>
      page.drawText(line, { x: MARGIN, y: top - SIZE - i * LEADING, size: SIZE, font: bold, color: ink }),
    );
    valueLines.forEach((line, i) =>
      page.drawText(line, {
        x: MARGIN + labelWidth,
        y: top - SIZE - i * LEADING,
        size: SIZE,
        font: regular,
        color: ink,
      }),
    );
    y = top - LEADING * Math.max(valueLines.length, labelLines.length) - 4;
  }
  y -= LEADING / 2;
  for (const paragraph of letter.closing) write(paragraph, { gap: LEADING / 2 });
  y -= LEADING / 2;
  write(letter.signOff, { gap: LEADING * 2 });
  for (const [index, line] of letter.signature.entries()) write(line, { font: index === 0 ? bold : regular });
  return pdf.save();
}
