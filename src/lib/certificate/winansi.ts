/**
 * Text in the standard Type 1 fonts Helvetica and Helvetica-Bold with WinAnsiEncoding (Windows-1252): every PDF
 * viewer has these fonts, so nothing is embedded. That covers French, English and Spanish; what cp1252 lacks is
 * written as "?", one per character as a reader sees it, unless the writer draws that text as an image instead
 * (see certificate-pdf.ts).
 */

import { graphemes } from './text-layout';

export type FontStyle = 'regular' | 'bold';

/*
 * Advance widths in 1/1000 em of the WinAnsiEncoding codes 32 to 255, from Adobe's Core 14 AFM files (the values
 * pdf.js and other readers use for these fonts). Codes that cp1252 leaves undefined are never written.
 */
const HELVETICA_WIDTHS = [
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278,
	278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
	667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556,
	556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 350, 556, 350, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333,
	1000, 350, 611, 350, 350, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 350, 500, 667, 278, 333, 556, 556, 556, 556, 260,
	556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667,
	667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722,
	667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 584,
	611, 556, 556, 556, 556, 500, 556, 500
];
const HELVETICA_BOLD_WIDTHS = [
	278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333,
	333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722,
	667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611,
	611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 350, 556, 350, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333,
	1000, 350, 611, 350, 350, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 350, 500, 667, 278, 333, 556, 556, 556, 556, 280,
	556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611, 722, 722,
	722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722,
	667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 584,
	611, 611, 611, 611, 611, 556, 611, 556
];

const WIDTHS: Record<FontStyle, readonly number[]> = { regular: HELVETICA_WIDTHS, bold: HELVETICA_BOLD_WIDTHS };

/** Unicode code points of cp1252 bytes 0x80 to 0x9F; the rest of 0xA0 to 0xFF is Latin-1 and maps to itself. */
const CP1252_SPECIALS: ReadonlyMap<number, number> = new Map([
	[0x20ac, 0x80],
	[0x201a, 0x82],
	[0x0192, 0x83],
	[0x201e, 0x84],
	[0x2026, 0x85],
	[0x2020, 0x86],
	[0x2021, 0x87],
	[0x02c6, 0x88],
	[0x2030, 0x89],
	[0x0160, 0x8a],
	[0x2039, 0x8b],
	[0x0152, 0x8c],
	[0x017d, 0x8e],
	[0x2018, 0x91],
	[0x2019, 0x92],
	[0x201c, 0x93],
	[0x201d, 0x94],
	[0x2022, 0x95],
	[0x2013, 0x96],
	[0x2014, 0x97],
	[0x02dc, 0x98],
	[0x2122, 0x99],
	[0x0161, 0x9a],
	[0x203a, 0x9b],
	[0x0153, 0x9c],
	[0x017e, 0x9e],
	[0x0178, 0x9f]
]);

const SPACE = 0x20;
const QUESTION_MARK = 0x3f;

function winAnsiByte(codePoint: number): number | undefined {
	if (codePoint >= 0x20 && codePoint <= 0x7e) return codePoint;
	if (codePoint >= 0xa0 && codePoint <= 0xff) return codePoint;
	return CP1252_SPECIALS.get(codePoint);
}

/**
 * Spaces that cp1252 lacks are folded into the nearest one it has: Intl.DateTimeFormat writes U+202F in French
 * dates, and a line break typed into a name must not become "?".
 */
export function normalizeSpaces(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[\u00ad\u200b\u2060\ufeff]/g, '')
		.replace(/[\u2007\u202f]/g, '\u00a0')
		.replace(/[\t\n\v\f\r \u0085\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/g, ' ')
		.trim();
}

/** A character as WinAnsi bytes, or undefined when the encoding cannot show it. */
function encodeGrapheme(grapheme: string): number[] | undefined {
	const encoded = Array.from(grapheme, (char) => winAnsiByte(char.codePointAt(0) ?? 0));
	return encoded.every((byte) => byte !== undefined) ? (encoded as number[]) : undefined;
}

/** Text as WinAnsiEncoding bytes, with "?" for what the encoding cannot show. */
export function toWinAnsi(text: string): number[] {
	return graphemes(normalizeSpaces(text)).flatMap((grapheme) => encodeGrapheme(grapheme) ?? [QUESTION_MARK]);
}

/** Whether WinAnsi shows every character of the text, so it can be set as text rather than drawn. */
export function fitsWinAnsi(text: string): boolean {
	return graphemes(normalizeSpaces(text)).every((grapheme) => encodeGrapheme(grapheme) !== undefined);
}

/** Width in points of WinAnsi bytes set in the font at this size. */
export function textWidth(bytes: readonly number[], style: FontStyle, size: number): number {
	const widths = WIDTHS[style];
	let units = 0;
	for (const byte of bytes) units += widths[byte - SPACE] ?? 0;
	return (units * size) / 1000;
}
