/**
 * A one-page course completion certificate as a PDF, written by hand so it needs no library, no DOM and no
 * network: it runs the same in the offline browser and in tests.
 *
 * Text is set in the standard Type 1 fonts Helvetica and Helvetica-Bold with WinAnsiEncoding, so every PDF viewer
 * has the fonts and the file stays a few kilobytes. The price is the character set: only Windows-1252 (cp1252)
 * can be shown, which covers French, English and Spanish. Anything else the learner types (CJK, emoji, letters
 * such as "ř" or "ł") is written as "?", one per user-perceived character, so the file is always valid; the name is
 * shown as typed on screen, only the PDF loses it.
 */

export interface CertificateText {
	heading: string;
	/** As the learner typed it: any Unicode, see above for what the PDF can show. */
	name: string;
	statement: string;
	courseTitle: string;
	/** Already formatted in the learner's language. */
	date: string;
	scoresTitle: string;
	scores: { label: string; value: string }[];
	disclaimer: string;
	footer?: string;
}

/** A4 landscape, in points. */
const PAGE_WIDTH = 841.89;
const PAGE_HEIGHT = 595.28;
const BORDER_INSET = 24;
const INNER_BORDER_INSET = 31;
const TEXT_MARGIN_X = 72;
const TEXT_MARGIN_Y = 64;
const TEXT_WIDTH = PAGE_WIDTH - 2 * TEXT_MARGIN_X;
const TEXT_HEIGHT = PAGE_HEIGHT - 2 * TEXT_MARGIN_Y;
/** Below this a certificate with very many scores would be unreadable anyway; it only bounds the search. */
const SMALLEST_SCALE = 0.25;

const PRODUCER = 'DataJam course certificate';

type FontStyle = 'regular' | 'bold';
type Rgb = readonly [number, number, number];

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

const FONTS: Record<FontStyle, { resource: string; baseFont: string; widths: readonly number[] }> = {
	regular: { resource: 'F1', baseFont: 'Helvetica', widths: HELVETICA_WIDTHS },
	bold: { resource: 'F2', baseFont: 'Helvetica-Bold', widths: HELVETICA_BOLD_WIDTHS }
};

const INK: Rgb = [0.12, 0.15, 0.2];
const ACCENT: Rgb = [0.13, 0.33, 0.5];
const MUTED: Rgb = [0.27, 0.3, 0.35];

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
function normalizeSpaces(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[\u00ad\u200b\u2060\ufeff]/g, '')
		.replace(/[\u2007\u202f]/g, '\u00a0')
		.replace(/[\t\n\v\f\r \u0085\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/g, ' ')
		.trim();
}

const graphemeSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** One "?" per character as a reader sees it: a family emoji is one "?", not seven. */
function graphemes(text: string): string[] {
	if (!graphemeSegmenter) return Array.from(text);
	return Array.from(graphemeSegmenter.segment(text), (segment) => segment.segment);
}

/** Text as WinAnsiEncoding bytes, with "?" for what the encoding cannot show. */
export function toWinAnsi(text: string): number[] {
	const bytes: number[] = [];
	for (const grapheme of graphemes(normalizeSpaces(text))) {
		const encoded = Array.from(grapheme, (char) => winAnsiByte(char.codePointAt(0) ?? 0));
		if (encoded.every((byte) => byte !== undefined)) bytes.push(...(encoded as number[]));
		else bytes.push(QUESTION_MARK);
	}
	return bytes;
}

function textWidth(bytes: readonly number[], style: FontStyle, size: number): number {
	const widths = FONTS[style].widths;
	let units = 0;
	for (const byte of bytes) units += widths[byte - SPACE] ?? 0;
	return (units * size) / 1000;
}

/**
 * Greedy line breaking at spaces (not at no-break spaces, which French puts before "?" and inside « »). A word
 * wider than the line on its own, such as a long URL, is cut between characters rather than left to run off.
 */
function wrap(bytes: readonly number[], style: FontStyle, size: number, maxWidth: number): number[][] {
	const words: number[][] = [[]];
	for (const byte of bytes) {
		if (byte === SPACE) words.push([]);
		else words[words.length - 1]!.push(byte);
	}
	const lines: number[][] = [];
	let line: number[] = [];
	for (const word of words) {
		const candidate = line.length ? [...line, SPACE, ...word] : word;
		if (textWidth(candidate, style, size) <= maxWidth) {
			line = candidate;
			continue;
		}
		if (line.length) lines.push(line);
		line = [];
		for (const byte of word) {
			if (line.length && textWidth([...line, byte], style, size) > maxWidth) {
				lines.push(line);
				line = [];
			}
			line.push(byte);
		}
	}
	if (line.length || !lines.length) lines.push(line);
	return lines;
}

interface TextBlock {
	kind: 'text';
	text: string;
	style: FontStyle;
	size: number;
	color: Rgb;
	/** Line height as a multiple of the font size. */
	leading: number;
	spaceBefore: number;
}

interface RuleBlock {
	kind: 'rule';
	width: number;
	spaceBefore: number;
}

type Block = TextBlock | RuleBlock;

interface PlacedLine {
	bytes: number[];
	style: FontStyle;
	size: number;
	color: Rgb;
	x: number;
	/** Baseline, measured down from the top of the text area. */
	baselineFromTop: number;
}

interface PlacedRule {
	x: number;
	width: number;
	fromTop: number;
}

interface Layout {
	lines: PlacedLine[];
	rules: PlacedRule[];
	height: number;
}

function layOut(blocks: readonly Block[], scale: number): Layout {
	const lines: PlacedLine[] = [];
	const rules: PlacedRule[] = [];
	let height = 0;
	for (const block of blocks) {
		height += (lines.length || rules.length ? block.spaceBefore : 0) * scale;
		if (block.kind === 'rule') {
			const width = block.width * scale;
			rules.push({ x: (PAGE_WIDTH - width) / 2, width, fromTop: height });
			continue;
		}
		const size = block.size * scale;
		const lineHeight = size * block.leading;
		for (const bytes of wrap(toWinAnsi(block.text), block.style, size, TEXT_WIDTH)) {
			const x = (PAGE_WIDTH - textWidth(bytes, block.style, size)) / 2;
			// Capitals rise 0.718 em and descenders drop 0.207 em: a baseline 0.8 em into the em box centres the glyphs.
			const baselineFromTop = height + (lineHeight - size) / 2 + size * 0.8;
			lines.push({ bytes, style: block.style, size, color: block.color, x, baselineFromTop });
			height += lineHeight;
		}
	}
	return { lines, rules, height };
}

function certificateBlocks(text: CertificateText): Block[] {
	const blocks: Block[] = [
		{ kind: 'text', text: text.heading, style: 'regular', size: 30, color: ACCENT, leading: 1.2, spaceBefore: 0 },
		{ kind: 'text', text: text.name, style: 'bold', size: 38, color: INK, leading: 1.15, spaceBefore: 20 },
		{ kind: 'rule', width: 160, spaceBefore: 8 },
		{ kind: 'text', text: text.statement, style: 'regular', size: 16, color: INK, leading: 1.3, spaceBefore: 14 },
		{ kind: 'text', text: text.courseTitle, style: 'bold', size: 22, color: INK, leading: 1.25, spaceBefore: 6 },
		{ kind: 'text', text: text.date, style: 'regular', size: 15, color: INK, leading: 1.3, spaceBefore: 10 }
	];
	if (text.scores.length) {
		blocks.push({ kind: 'text', text: text.scoresTitle, style: 'bold', size: 15, color: ACCENT, leading: 1.3, spaceBefore: 22 });
		for (const score of text.scores) {
			const line = `${score.label} \u2014 ${score.value}`;
			blocks.push({ kind: 'text', text: line, style: 'regular', size: 13, color: INK, leading: 1.35, spaceBefore: 2 });
		}
	}
	blocks.push({ kind: 'text', text: text.disclaimer, style: 'regular', size: 13, color: MUTED, leading: 1.35, spaceBefore: 22 });
	if (text.footer)
		blocks.push({ kind: 'text', text: text.footer, style: 'regular', size: 11, color: MUTED, leading: 1.35, spaceBefore: 8 });
	return blocks.filter((block) => block.kind === 'rule' || normalizeSpaces(block.text) !== '');
}

/** Shrinks everything together, so a long title or many modules still fit on the one page. */
function fitToPage(blocks: readonly Block[]): Layout {
	let scale = 1;
	let layout = layOut(blocks, scale);
	while (layout.height > TEXT_HEIGHT && scale > SMALLEST_SCALE) {
		scale *= 0.95;
		layout = layOut(blocks, scale);
	}
	return layout;
}

/** Short decimal numbers: PDF accepts no exponents, and fewer digits keep the stream small. */
function num(value: number): string {
	return String(Math.round(value * 100) / 100);
}

function rgb(color: Rgb, operator: 'rg' | 'RG'): string {
	return `${color.map(num).join(' ')} ${operator}`;
}

/** A PDF literal string kept 7-bit: bytes above 0x7E are written as octal escapes, so the file is plain ASCII. */
function pdfString(bytes: readonly number[]): string {
	let out = '(';
	for (const byte of bytes) {
		if (byte === 0x5c || byte === 0x28 || byte === 0x29) out += '\\' + String.fromCharCode(byte);
		else if (byte < 0x20 || byte > 0x7e) out += '\\' + byte.toString(8).padStart(3, '0');
		else out += String.fromCharCode(byte);
	}
	return out + ')';
}

/** ASCII for the document information: accents dropped, anything else "?". */
function asciiString(text: string): string {
	const ascii = Array.from(normalizeSpaces(text).normalize('NFD').replace(/\p{M}/gu, ''), (char) => {
		const codePoint = char.codePointAt(0) ?? 0;
		return codePoint >= 0x20 && codePoint <= 0x7e ? codePoint : QUESTION_MARK;
	});
	return pdfString(ascii);
}

function contentStream(layout: Layout): string {
	const top = TEXT_MARGIN_Y + (TEXT_HEIGHT - Math.min(layout.height, TEXT_HEIGHT)) / 2;
	const ops: string[] = [
		rgb(ACCENT, 'RG'),
		'2 w',
		`${num(BORDER_INSET)} ${num(BORDER_INSET)} ${num(PAGE_WIDTH - 2 * BORDER_INSET)} ${num(PAGE_HEIGHT - 2 * BORDER_INSET)} re S`,
		'0.6 w',
		`${num(INNER_BORDER_INSET)} ${num(INNER_BORDER_INSET)} ${num(PAGE_WIDTH - 2 * INNER_BORDER_INSET)} ${num(PAGE_HEIGHT - 2 * INNER_BORDER_INSET)} re S`
	];
	for (const rule of layout.rules) {
		const y = PAGE_HEIGHT - top - rule.fromTop;
		ops.push('1 w', `${num(rule.x)} ${num(y)} m ${num(rule.x + rule.width)} ${num(y)} l S`);
	}
	for (const line of layout.lines) {
		const y = PAGE_HEIGHT - top - line.baselineFromTop;
		ops.push(
			'BT',
			rgb(line.color, 'rg'),
			`/${FONTS[line.style].resource} ${num(line.size)} Tf`,
			`${num(line.x)} ${num(y)} Td`,
			`${pdfString(line.bytes)} Tj`,
			'ET'
		);
	}
	return ops.join('\n') + '\n';
}

/** Numbers objects from 1 and writes the cross-reference table with each one's byte offset. */
function pdfFile(objects: readonly string[], rootNumber: number, infoNumber: number): Uint8Array {
	let file = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((body, index) => {
		offsets.push(file.length);
		file += `${index + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xrefOffset = file.length;
	// Each entry is exactly 20 bytes, hence the space before the line feed.
	file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) file += `${String(offset).padStart(10, '0')} 00000 n \n`;
	file += `trailer\n<< /Size ${objects.length + 1} /Root ${rootNumber} 0 R /Info ${infoNumber} 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
	// Every character is ASCII by construction, so one char is one byte and the offsets above are byte offsets.
	return Uint8Array.from(file, (char) => char.charCodeAt(0));
}

export function certificatePdf(text: CertificateText): Uint8Array {
	const content = contentStream(fitToPage(certificateBlocks(text)));
	const font = (style: FontStyle) => `<< /Type /Font /Subtype /Type1 /BaseFont /${FONTS[style].baseFont} /Encoding /WinAnsiEncoding >>`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(PAGE_WIDTH)} ${num(PAGE_HEIGHT)}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
		font('regular'),
		font('bold'),
		`<< /Length ${content.length} >>\nstream\n${content}endstream`,
		`<< /Title ${asciiString(`${text.heading} - ${text.name}`)} /Producer ${pdfString(toWinAnsi(PRODUCER))} >>`
	];
	return pdfFile(objects, 1, 7);
}
