/**
 * A one-page course completion certificate as a PDF, written by hand so it needs no library and no network: it runs
 * the same in the offline browser and in tests.
 *
 * Text is set in the standard fonts Helvetica and Helvetica-Bold with WinAnsiEncoding (winansi.ts), so no font is
 * embedded and the file stays a few kilobytes. That covers French, English and Spanish, and most names. A block
 * that WinAnsi cannot show, such as "Nguyễn Thị Minh Khai", an Arabic or a Chinese name, is drawn instead by the
 * `drawText` the caller gives (in the browser: the device's own fonts on a canvas, which shape and order any script
 * the device can display, see canvas-text.ts) and embedded as a compressed image, with the same text laid over it
 * invisibly (invisible-text.ts) and as /ActualText, so it can still be found, copied and read aloud. Without
 * `drawText` (in Node) such text is written with "?" for what WinAnsi lacks, one per character as a reader sees it.
 */
import { zlibSync } from 'fflate';
import { GLYPH_WIDTH, InvisibleFonts, isRightToLeft, visualOrder } from './invisible-text';
import { hex, num, pdfFile, pdfString, textString, type PdfObject } from './pdf-file';
import { wrapText } from './text-layout';
import { fitsWinAnsi, normalizeSpaces, textWidth, toWinAnsi, type FontStyle } from './winansi';

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

/** Text drawn as an image: what `drawText` returns. */
export interface TextImage {
	/** Pixels, row by row from the top, one byte each: how much ink covers it, 0 (none) to 255 (full). */
	columns: number;
	rows: number;
	coverage: Uint8Array;
	/** Size on the page, in points. */
	width: number;
	height: number;
	/** Each line as drawn, in points from the image's top left: for the invisible text over it. */
	lines: { text: string; x: number; width: number; baseline: number }[];
}

export interface TextStyle {
	/** In points. */
	size: number;
	style: FontStyle;
	/** Line height as a multiple of the size. */
	leading: number;
	/** The widest a line may be, in points; longer text wraps, centred. */
	maxWidth: number;
}

/** Draws text that WinAnsi cannot show; undefined when it cannot either. */
export type DrawText = (text: string, style: TextStyle) => TextImage | undefined;

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

type Rgb = readonly [number, number, number];

const FONTS: Record<FontStyle, { resource: string; baseFont: string }> = {
	regular: { resource: 'F1', baseFont: 'Helvetica' },
	bold: { resource: 'F2', baseFont: 'Helvetica-Bold' }
};

const INK: Rgb = [0.12, 0.15, 0.2];
const ACCENT: Rgb = [0.13, 0.33, 0.5];
const MUTED: Rgb = [0.27, 0.3, 0.35];

interface TextBlock {
	kind: 'text';
	text: string;
	style: FontStyle;
	size: number;
	color: Rgb;
	/** Line height as a multiple of the font size. */
	leading: number;
	spaceBefore: number;
	/** Set when the text is drawn rather than set in Helvetica. */
	image?: TextImage;
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

interface PlacedImage {
	block: TextBlock & { image: TextImage };
	scale: number;
	x: number;
	fromTop: number;
}

interface PlacedRule {
	x: number;
	width: number;
	fromTop: number;
}

interface Layout {
	lines: PlacedLine[];
	images: PlacedImage[];
	rules: PlacedRule[];
	height: number;
}

function layOut(blocks: readonly Block[], scale: number): Layout {
	const lines: PlacedLine[] = [];
	const images: PlacedImage[] = [];
	const rules: PlacedRule[] = [];
	let height = 0;
	for (const block of blocks) {
		height += (height > 0 || rules.length ? block.spaceBefore : 0) * scale;
		if (block.kind === 'rule') {
			const width = block.width * scale;
			rules.push({ x: (PAGE_WIDTH - width) / 2, width, fromTop: height });
			continue;
		}
		if (block.image) {
			// Drawn once at full size; shrunk with the rest, it keeps its lines (narrower than the page allows).
			images.push({ block: block as PlacedImage['block'], scale, x: (PAGE_WIDTH - block.image.width * scale) / 2, fromTop: height });
			height += block.image.height * scale;
			continue;
		}
		const size = block.size * scale;
		const lineHeight = size * block.leading;
		// Helvetica has no kerning here, so a line is as wide as its words and spaces: measure each word once.
		const words = new Map<string, number>();
		const wordWidth = (word: string) => words.get(word) ?? words.set(word, textWidth(toWinAnsi(word), block.style, size)).get(word)!;
		const space = textWidth([0x20], block.style, size);
		const width = (text: string) => text.split(' ').reduce((sum, word, i) => sum + (i ? space : 0) + wordWidth(word), 0);
		for (const bytes of wrapText(normalizeSpaces(block.text), width, TEXT_WIDTH).map(toWinAnsi)) {
			const x = (PAGE_WIDTH - textWidth(bytes, block.style, size)) / 2;
			// Capitals rise 0.718 em and descenders drop 0.207 em: a baseline 0.8 em into the em box centres the glyphs.
			const baselineFromTop = height + (lineHeight - size) / 2 + size * 0.8;
			lines.push({ bytes, style: block.style, size, color: block.color, x, baselineFromTop });
			height += lineHeight;
		}
	}
	return { lines, images, rules, height };
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

/** Blocks that WinAnsi cannot show are drawn, when the caller can draw. */
function drawBlocks(blocks: readonly Block[], drawText: DrawText | undefined): Block[] {
	return blocks.map((block) => {
		if (block.kind === 'rule' || !drawText || fitsWinAnsi(block.text)) return block;
		const image = drawText(normalizeSpaces(block.text), {
			size: block.size,
			style: block.style,
			leading: block.leading,
			maxWidth: TEXT_WIDTH
		});
		return image && image.columns > 0 && image.rows > 0 ? { ...block, image } : block;
	});
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

function rgb(color: Rgb, operator: 'rg' | 'RG'): string {
	return `${color.map(num).join(' ')} ${operator}`;
}

/**
 * The image of drawn text: each pixel an index into 256 shades from white (no ink) to the text colour (full ink),
 * Flate-compressed, so it prints in the same colour as the text around it.
 */
function imageObject(image: TextImage, color: Rgb): PdfObject {
	const palette: number[] = [];
	for (let c = 0; c < 256; c++) for (const channel of color) palette.push(Math.round(255 * (1 - ((1 - channel) * c) / 255)));
	return {
		dict: `/Type /XObject /Subtype /Image /Width ${image.columns} /Height ${image.rows} /ColorSpace [/Indexed /DeviceRGB 255 <${hex(palette)}>] /BitsPerComponent 8 /Filter /FlateDecode`,
		stream: zlibSync(image.coverage, { level: 9 })
	};
}

function contentStream(layout: Layout, fonts: InvisibleFonts): string {
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
	layout.images.forEach(({ block, scale, x, fromTop }, index) => {
		const { image } = block;
		const width = image.width * scale;
		const height = image.height * scale;
		const imageTop = PAGE_HEIGHT - top - fromTop;
		const rightToLeft = isRightToLeft(block.text);
		const size = block.size * scale;
		// Readers that know /ActualText (Acrobat, screen readers) take the text as typed; the others read the invisible text.
		ops.push(`/Span << /ActualText ${textString(block.text)} >> BDC`);
		ops.push('q', `${num(width)} 0 0 ${num(height)} ${num(x)} ${num(imageTop - height)} cm`, `/Im${index} Do`, 'Q');
		ops.push('BT', '3 Tr');
		for (const line of image.lines) {
			const shown = visualOrder(line.text, rightToLeft);
			const natural = (Array.from(shown).length * size * GLYPH_WIDTH) / 1000;
			if (!natural) continue;
			// Each invisible line stretched over the drawn one, so selecting the name selects what the image shows.
			ops.push(
				`${num((100 * line.width * scale) / natural)} Tz`,
				`1 0 0 1 ${num(x + line.x * scale)} ${num(imageTop - line.baseline * scale)} Tm`,
				fonts.show(shown, Number(num(size)))
			);
		}
		ops.push('ET', 'EMC');
	});
	return ops.join('\n') + '\n';
}

export interface CertificateOptions {
	/** Draws what WinAnsi cannot show (see the top of this file). */
	drawText?: DrawText;
	/** The certificate's language (BCP 47), for readers and screen readers. */
	language?: string;
}

export function certificatePdf(text: CertificateText, options: CertificateOptions = {}): Uint8Array {
	const layout = fitToPage(drawBlocks(certificateBlocks(text), options.drawText));
	const fonts = new InvisibleFonts();
	const content = contentStream(layout, fonts);
	const font = (style: FontStyle) => `<< /Type /Font /Subtype /Type1 /BaseFont /${FONTS[style].baseFont} /Encoding /WinAnsiEncoding >>`;
	const images = layout.images.map(({ block }) => imageObject(block.image, block.color));
	const firstImage = 8;
	const invisible = fonts.objects(firstImage + images.length);
	const xObjects = images.map((_, index) => `/Im${index} ${firstImage + index} 0 R`).join(' ');
	const resources = [
		`/Font << /F1 4 0 R /F2 5 0 R${invisible.resources ? ` ${invisible.resources}` : ''} >>`,
		...(xObjects ? [`/XObject << ${xObjects} >>`] : [])
	].join(' ');
	const language = options.language && /^[A-Za-z0-9-]+$/.test(options.language) ? ` /Lang (${options.language})` : '';
	const objects: PdfObject[] = [
		`<< /Type /Catalog /Pages 2 0 R${language} /ViewerPreferences << /DisplayDocTitle true >> >>`,
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(PAGE_WIDTH)} ${num(PAGE_HEIGHT)}] /Resources << ${resources} >> /Contents 6 0 R >>`,
		font('regular'),
		font('bold'),
		{ dict: '', stream: content },
		`<< /Title ${textString(`${normalizeSpaces(text.heading)} - ${normalizeSpaces(text.name)}`)} /Producer ${pdfString(toWinAnsi(PRODUCER))} >>`,
		...images,
		...(fonts.used ? invisible.objects : [])
	];
	return pdfFile(objects, 1, 7);
}
