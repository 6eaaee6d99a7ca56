import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { certificatePdf, type CertificateText, type DrawText } from './certificate-pdf';
import { toWinAnsi } from './winansi';

const PAGE_WIDTH = 841.89;
const PAGE_HEIGHT = 595.28;
/** The inner border: text must stay inside it, not merely on the page. */
const INNER_BORDER = 31;

// Given the Foxit fonts that pdfjs-dist ships, pdf.js has nothing to warn about, so any warning it prints is a finding.
const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

interface TextLine {
	text: string;
	x: number;
	y: number;
	width: number;
	fontSize: number;
}

interface ReadCertificate {
	lines: TextLine[];
	/** All lines joined by spaces, so text wrapped over several lines reads as it was given. */
	flatText: string;
	pageCount: number;
	view: number[];
	info: Record<string, unknown>;
}

let pdfjsMessages: string[] = [];

beforeEach(() => {
	pdfjsMessages = [];
	for (const method of ['log', 'warn', 'error'] as const) {
		vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void pdfjsMessages.push(args.join(' ')));
	}
});

afterEach(() => {
	vi.restoreAllMocks();
	expect(pdfjsMessages).toEqual([]);
});

async function readCertificate(bytes: Uint8Array): Promise<ReadCertificate> {
	// pdf.js may take ownership of the buffer it is given: hand it a copy so the test keeps its bytes.
	const document = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl }).promise;
	try {
		const page = await document.getPage(1);
		const content = await page.getTextContent();
		const items = content.items.filter((item): item is TextItem => 'str' in item && item.str !== '');
		const byBaseline = new Map<number, TextItem[]>();
		for (const item of items) {
			const baseline = Math.round(item.transform[5] * 10) / 10;
			byBaseline.set(baseline, [...(byBaseline.get(baseline) ?? []), item]);
		}
		const lines = [...byBaseline.entries()]
			.sort(([a], [b]) => b - a)
			.map(([y, lineItems]) => {
				const sorted = lineItems.sort((a, b) => a.transform[4] - b.transform[4]);
				const first = sorted[0]!;
				const last = sorted[sorted.length - 1]!;
				// A line with right-to-left words reads from its right end, as a reader of Arabic reads it.
				const reading = sorted.some((item) => item.dir === 'rtl') ? [...sorted].reverse() : sorted;
				return {
					text: reading.map((item) => item.str).join(''),
					x: first.transform[4],
					y,
					width: last.transform[4] + last.width - first.transform[4],
					fontSize: first.transform[0]
				};
			});
		const { info } = await document.getMetadata();
		return {
			lines,
			flatText: lines.map((line) => line.text).join(' '),
			pageCount: document.numPages,
			view: page.view,
			info: info as Record<string, unknown>
		};
	} finally {
		await document.destroy();
	}
}

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');

const english: CertificateText = {
	heading: 'Certificate of completion',
	name: 'Alex Morgan',
	statement: 'has completed the course',
	courseTitle: 'DataJam against exploitation',
	date: 'March 3, 2025',
	scoresTitle: 'Module scores',
	scores: [
		{ label: 'Module 1 · Introduction', value: '90%' },
		{ label: 'Module 2 · Data and trafficking', value: '85%' },
		{ label: 'Module 3 · Case studies', value: '100%' }
	],
	disclaimer: 'Self-issued, not verified by an institution.',
	footer: 'DataJam against exploitation — offline course'
};

const french: CertificateText = {
	heading: 'Certificat de réussite',
	name: 'Zoé Lévesque-Nuñez',
	statement: 'a terminé le cours',
	courseTitle: 'DataJam contre l’exploitation : données et traite des êtres humains',
	// As Intl.DateTimeFormat writes some French dates and times: with a narrow no-break space.
	date: '3 février 2025 à 14\u202fh',
	scoresTitle: 'Scores par module',
	scores: [
		{ label: 'Module 1 · Introduction à la traite', value: '90\u00a0%' },
		{ label: 'Module 2 · Œuvrer avec les données, « ça compte »', value: '85\u00a0%' },
		{ label: 'Module 3 · Études de cas', value: '100\u00a0%' }
	],
	disclaimer: 'Auto-délivré, non vérifié par une institution.',
	footer: 'Cours hors ligne – garçon, cœur, è ê à ç'
};

const spanish: CertificateText = {
	heading: '¡Certificado de finalización!',
	name: 'Íñigo Peña Ibáñez',
	statement: 'ha completado el curso',
	courseTitle: '¿Curso completo? Datos y trata de personas',
	date: '3 de marzo de 2025',
	scoresTitle: 'Puntuaciones por módulo',
	scores: [
		{ label: 'Módulo 1 · Introducción', value: '90 %' },
		{ label: 'Módulo 2 · Datos y trata', value: '85 %' }
	],
	disclaimer: 'Autoemitido, no verificado por una institución.'
};

/** What a reader should find: wrapped text is compared with its words joined by single spaces. */
function expectedStrings(text: CertificateText): string[] {
	const strings = [text.heading, text.name, text.statement, text.courseTitle, text.date, text.scoresTitle, text.disclaimer];
	for (const score of text.scores) strings.push(`${score.label} — ${score.value}`);
	if (text.footer) strings.push(text.footer);
	// pdf.js reads a no-break space back as a plain space; the PDF holds WinAnsi 0xA0.
	return strings.map((string) => string.replace(/[\u00a0\u202f]/g, ' '));
}

function expectInsideBorder(lines: TextLine[]) {
	for (const line of lines) {
		expect(line.x, line.text).toBeGreaterThan(INNER_BORDER);
		expect(line.x + line.width, line.text).toBeLessThan(PAGE_WIDTH - INNER_BORDER);
		expect(line.y, line.text).toBeGreaterThan(INNER_BORDER);
		expect(line.y + line.fontSize, line.text).toBeLessThan(PAGE_HEIGHT - INNER_BORDER);
	}
}

describe('certificatePdf read back by pdf.js', () => {
	it.each([
		['en', english],
		['fr', french],
		['es', spanish]
	])('shows every part of the %s certificate, accents included', async (_language, text) => {
		const certificate = await readCertificate(certificatePdf(text));
		expect(certificate.pageCount).toBe(1);
		for (const expected of expectedStrings(text)) expect(certificate.flatText.replace(/\s+/g, ' ')).toContain(expected);
		expectInsideBorder(certificate.lines);
	});

	it('is one A4 landscape page', async () => {
		const { view } = await readCertificate(certificatePdf(english));
		expect(view).toEqual([0, 0, PAGE_WIDTH, PAGE_HEIGHT]);
	});

	it('sets the name largest, and the disclaimer no smaller than the scores', async () => {
		const { lines } = await readCertificate(certificatePdf(french));
		const sizeOf = (text: string) => lines.find((line) => line.text.replace(/\s/g, ' ') === text.replace(/\s/g, ' '))!.fontSize;
		const nameSize = sizeOf(french.name);
		for (const line of lines.filter((line) => line.text !== french.name)) expect(line.fontSize).toBeLessThan(nameSize);
		expect(sizeOf(french.disclaimer)).toBeGreaterThanOrEqual(12);
		expect(sizeOf(french.disclaimer)).toBeGreaterThanOrEqual(sizeOf(`${french.scores[0]!.label} — ${french.scores[0]!.value}`));
	});

	it('centres every line, measured with pdf.js’s own Helvetica metrics', async () => {
		// Every WinAnsi character in the regular font (a score) and the bold one (the name), so a wrong width in either
		// table shows as an off-centre line.
		const allWinAnsi =
			String.fromCharCode(...Array.from({ length: 0x7f - 0x21 }, (_, index) => 0x21 + index)) + ' ' + cp1252Specials + ' ' + latin1Upper;
		const text = { ...english, name: allWinAnsi, scores: [{ label: allWinAnsi, value: '1%' }] };
		const { lines } = await readCertificate(certificatePdf(text));
		for (const line of lines) expect(Math.abs(line.x + line.width / 2 - PAGE_WIDTH / 2), line.text).toBeLessThan(0.5);
	});

	it('wraps a very long course title onto several lines inside the border, keeping every word in order', async () => {
		const courseTitle = Array.from({ length: 12 }, (_, index) => `Mot${index} très-long-Überschrift`).join(' ');
		const { lines, flatText } = await readCertificate(certificatePdf({ ...french, courseTitle }));
		const titleLines = lines.filter((line) => /Mot\d/.test(line.text));
		expect(titleLines.length).toBeGreaterThan(1);
		expect(titleLines.map((line) => line.text).join(' ')).toBe(courseTitle);
		expect(flatText).toContain(courseTitle);
		expectInsideBorder(lines);
	});

	it('cuts a single word wider than the page rather than letting it run off', async () => {
		const name = 'W'.repeat(80);
		const { lines } = await readCertificate(certificatePdf({ ...english, name }));
		expect(
			lines
				.filter((line) => /^W+$/.test(line.text))
				.map((line) => line.text)
				.join('')
		).toBe(name);
		expectInsideBorder(lines);
	});

	it('fits many long score lines on the one page by shrinking everything together', async () => {
		const scores = Array.from({ length: 40 }, (_, index) => ({
			label: `Module ${index + 1} · Un intitulé de module particulièrement long, qui ne tient pas sur une seule ligne de la page`,
			value: `${index}\u00a0%`
		}));
		const certificate = await readCertificate(certificatePdf({ ...french, scores }));
		expect(certificate.pageCount).toBe(1);
		for (const score of scores)
			expect(certificate.flatText.replace(/\s+/g, ' ')).toContain(`${score.label} — ${score.value.replace('\u00a0', ' ')}`);
		expectInsideBorder(certificate.lines);
	});

	it.each([
		['CJK', '李小龙', '???'],
		['an emoji', 'Ana 🎓', 'Ana ?'],
		['an emoji sequence, as one character', 'Ana 👩🏽‍🎓 Ruiz', 'Ana ? Ruiz'],
		['a letter WinAnsi lacks', 'Antonín Dvořák', 'Antonín Dvo?ák'],
		['a combining accent, composed first', 'Zoe\u0301', 'Zoé'],
		['a line break typed into the name', 'Ana\nMaría', 'Ana María'],
		['a control character', 'Ana\u0007', 'Ana?'],
		['PDF string delimiters', 'O’Brien (Ana) \\ back\\slash', 'O’Brien (Ana) \\ back\\slash']
	])('writes a valid PDF for a name with %s', async (_case, name, shown) => {
		const bytes = certificatePdf({ ...english, name });
		expectValidXref(bytes);
		const { lines } = await readCertificate(bytes);
		expect(lines.map((line) => line.text)).toContain(shown);
	});

	it('leaves out the scores title when there are no scores, and the footer when there is none', async () => {
		const { flatText } = await readCertificate(certificatePdf({ ...spanish, scores: [], footer: undefined }));
		expect(flatText).not.toContain(spanish.scoresTitle);
		expect(flatText).toContain(spanish.disclaimer);
	});

	it.each([
		['French', french.name],
		['Vietnamese', 'Nguyễn Thị Minh Khai'],
		['Arabic', 'فاطمة الزهراء'],
		['Chinese', '李小龙']
	])('names the document with the %s name as typed in its information dictionary', async (_script, name) => {
		const { info } = await readCertificate(certificatePdf({ ...french, name }));
		expect(info.Title).toBe(`Certificat de réussite - ${name}`);
		expect(info.Producer).toMatch(/^[\x20-\x7e]+$/);
	});
});

const cp1252Specials = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const latin1Upper = Array.from({ length: 0x100 - 0xa1 }, (_, index) => String.fromCharCode(0xa1 + index))
	.filter((char) => char !== '\u00ad')
	.join('');

describe('WinAnsi encoding', () => {
	it.each([
		['ASCII', 'Az09 ~', [0x41, 0x7a, 0x30, 0x39, 0x20, 0x7e]],
		[
			'the cp1252 specials',
			cp1252Specials,
			[
				0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99,
				0x9a, 0x9b, 0x9c, 0x9e, 0x9f
			]
		],
		['French and Spanish letters', 'éèêàçœñ¿¡«»', [0xe9, 0xe8, 0xea, 0xe0, 0xe7, 0x9c, 0xf1, 0xbf, 0xa1, 0xab, 0xbb]],
		['the C1 controls that share those byte values', '\u0080\u0093', [0x3f, 0x3f]],
		['no-break spaces, kept unbreakable', '90\u00a0%\u202f!', [0x39, 0x30, 0xa0, 0x25, 0xa0, 0x21]]
	])('encodes %s', (_case, text, bytes) => {
		expect(toWinAnsi(text)).toEqual(bytes);
	});

	it('reads back every WinAnsi character through pdf.js', async () => {
		// In words short enough that the name wraps at spaces, so the lines joined by spaces give back the name.
		const name = `${cp1252Specials} ${latin1Upper}`.replace(/(\S{16})(?=\S)/g, '$1 ');
		const { lines } = await readCertificate(certificatePdf({ ...english, name }));
		const nameSize = lines.find((line) => line.text.startsWith('€'))!.fontSize;
		const nameLines = lines.filter((line) => line.fontSize === nameSize);
		expect(nameLines.length).toBeGreaterThan(1);
		// pdf.js maps the glyph "mu" to the Greek letter rather than to the micro sign it stands for in WinAnsi.
		expect(nameLines.map((line) => line.text.replace('\u03bc', '\u00b5')).join(' ')).toBe(name);
	});
});

/** Reads the cross-reference table as a strict reader would and checks every offset, rather than trusting a tolerant one. */
function expectValidXref(bytes: Uint8Array) {
	const file = latin1(bytes);
	expect(file.startsWith('%PDF-1.5\n')).toBe(true);
	expect(file.endsWith('%%EOF\n')).toBe(true);
	const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(file)?.[1]);
	expect(file.slice(startxref, startxref + 5)).toBe('xref\n');
	const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(file.slice(startxref))!;
	expect(Number(first)).toBe(0);
	const entriesStart = startxref + `xref\n${first} ${count}\n`.length;
	const entries = Array.from({ length: Number(count) }, (_, index) =>
		file.slice(entriesStart + index * 20, entriesStart + (index + 1) * 20)
	);
	expect(entries[0]).toBe('0000000000 65535 f \n');
	entries.slice(1).forEach((entry, index) => {
		expect(entry).toMatch(/^\d{10} 00000 n \n$/);
		const offset = Number(entry.slice(0, 10));
		expect(file.slice(offset, offset + `${index + 1} 0 obj\n`.length)).toBe(`${index + 1} 0 obj\n`);
	});
	expect(file.slice(entriesStart + Number(count) * 20)).toMatch(new RegExp(`^trailer\n<< /Size ${count} /Root 1 0 R /Info \\d+ 0 R >>\n`));
	return file;
}

describe('file structure', () => {
	it.each([
		['en', english],
		['fr', french],
		['es', spanish]
	])('has a cross-reference table whose offsets point at their objects (%s)', (_language, text) => {
		expectValidXref(certificatePdf(text));
	});

	it('gives the content stream its exact length', () => {
		const file = latin1(certificatePdf(french));
		const [, length, body] = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(file)!;
		expect(body!.length).toBe(Number(length));
	});

	it('is printable ASCII, uses only the two standard fonts with WinAnsiEncoding, and escapes string delimiters', () => {
		const file = latin1(certificatePdf({ ...english, name: 'A (b) \\ c' }));
		expect(file).toMatch(/^[\n\x20-\x7e]*$/);
		expect(file.match(/\/BaseFont \/[\w-]+/g)).toEqual(['/BaseFont /Helvetica', '/BaseFont /Helvetica-Bold']);
		expect(file.match(/\/Encoding \/WinAnsiEncoding/g)).toHaveLength(2);
		expect(file).not.toContain('/FontFile');
		expect(file).toContain('(A \\(b\\) \\\\ c) Tj');
	});

	it('writes the same bytes for the same text', () => {
		expect(certificatePdf(french)).toEqual(certificatePdf(french));
	});
});

/**
 * Stands in for the browser's canvas (canvas-text.ts, tested in Chromium by the e2e tests): each line of the text
 * as a solid band of ink, a character per 20 pt, lines broken every 30 characters.
 */
const drawn: string[] = [];
const drawBands: DrawText = (text, style) => {
	drawn.push(text);
	const chars = Array.from(text);
	const lines = Array.from({ length: Math.ceil(chars.length / 30) }, (_, i) =>
		chars
			.slice(i * 30, i * 30 + 30)
			.join('')
			.trim()
	);
	const lineHeight = style.size * style.leading;
	const width = Math.min(style.maxWidth, Math.max(...lines.map((line) => Array.from(line).length * 20)));
	const pxPerPt = 2;
	const columns = Math.ceil(width * pxPerPt);
	const rows = Math.ceil(lines.length * lineHeight * pxPerPt);
	const coverage = new Uint8Array(columns * rows);
	for (let row = 0; row < rows; row++)
		if (row % Math.round(lineHeight * pxPerPt) > 10) coverage.fill(255, row * columns, (row + 1) * columns);
	return {
		columns,
		rows,
		coverage,
		width,
		height: lines.length * lineHeight,
		lines: lines.map((line, i) => ({ text: line, x: 0, width, baseline: (i + 0.8) * lineHeight }))
	};
};

const NAMES = [
	['Vietnamese', 'Nguyễn Thị Minh Khai'],
	['Arabic', 'فاطمة الزهراء'],
	['Chinese', '李小龙'],
	['Arabic with a Latin word and digits', 'محمد Ali 42']
] as const;

async function paintedImages(bytes: Uint8Array) {
	const document = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl }).promise;
	try {
		const page = await document.getPage(1);
		const { fnArray, argsArray } = await page.getOperatorList();
		const names = fnArray.flatMap((fn, i) => (fn === OPS.paintImageXObject ? [argsArray[i][0] as string] : []));
		return await Promise.all(
			names.map((name) => new Promise<{ width: number; height: number; data: Uint8ClampedArray }>((done) => page.objs.get(name, done)))
		);
	} finally {
		await document.destroy();
	}
}

describe('text that WinAnsi cannot show, drawn by the caller', () => {
	beforeEach(() => void (drawn.length = 0));

	it.each(NAMES)('embeds the %s name as an image, and pdf.js reads it back as typed, in reading order', async (_script, name) => {
		const bytes = certificatePdf({ ...english, name }, { drawText: drawBands });
		expect(drawn).toEqual([name]);
		expectValidXref(bytes);
		const { lines, flatText } = await readCertificate(bytes);
		expect(lines.map((line) => line.text)).toContain(name);
		expect(flatText).not.toContain('?');
		for (const expected of expectedStrings(english).filter((s) => s !== english.name)) expect(flatText).toContain(expected);
		const [image, ...more] = await paintedImages(bytes);
		expect(more).toEqual([]);
		const expected = drawBands(name, { size: 38, style: 'bold', leading: 1.15, maxWidth: 698 })!;
		expect([image!.width, image!.height]).toEqual([expected.columns, expected.rows]);
		// Full ink is the text colour, no ink is white: 3 bytes a pixel once pdf.js has decoded the palette.
		const pixel = (i: number) => Array.from(image!.data.slice(i * 3, i * 3 + 3));
		const inked = expected.coverage.indexOf(255);
		expect(pixel(inked)).toEqual([31, 38, 51]);
		expect(pixel(expected.coverage.indexOf(0))).toEqual([255, 255, 255]);
	});

	it('lays the invisible text over the drawn lines, from the image’s left edge to its right', async () => {
		const name = 'Trần '.repeat(14).trim();
		const bytes = certificatePdf({ ...english, name }, { drawText: drawBands });
		const { lines } = await readCertificate(bytes);
		const nameLines = lines.filter((line) => line.text.includes('Trần'));
		expect(nameLines.length).toBe(3);
		expect(nameLines.map((line) => line.text.trim()).join(' ')).toBe(name);
		for (const line of nameLines) {
			expect(Math.abs(line.x + line.width / 2 - PAGE_WIDTH / 2)).toBeLessThan(1);
			expect(line.width).toBeGreaterThan(500);
		}
		expectInsideBorder(nameLines);
	});

	it('carries more than 255 different characters (one invisible font per 255)', async () => {
		const name = Array.from({ length: 300 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
		const bytes = certificatePdf({ ...english, name }, { drawText: drawBands });
		const file = latin1(bytes);
		expect(file.match(/\/Subtype \/Type3/g)).toHaveLength(2);
		const { lines } = await readCertificate(bytes);
		expect(
			lines
				.filter((line) => /\p{Script=Han}/u.test(line.text))
				.map((line) => line.text)
				.join('')
		).toBe(name);
	});

	it('also gives the name as /ActualText, for readers that use it instead of the invisible text', () => {
		const file = latin1(certificatePdf({ ...english, name: '李小龙' }, { drawText: drawBands }));
		expect(file).toContain('/Span << /ActualText <FEFF674E5C0F9F99> >> BDC');
	});

	it('sets text that WinAnsi shows as text, and only that', async () => {
		certificatePdf({ ...french, name: 'Zoé Lévesque-Nuñez' }, { drawText: drawBands });
		certificatePdf({ ...french, name: 'Antonín Dvořák' }, { drawText: drawBands });
		expect(drawn).toEqual(['Antonín Dvořák']);
		expect(await paintedImages(certificatePdf(french, { drawText: drawBands }))).toEqual([]);
	});

	it('falls back to "?" when the caller cannot draw', async () => {
		const { lines } = await readCertificate(certificatePdf({ ...english, name: '李小龙' }, { drawText: () => undefined }));
		expect(lines.map((line) => line.text)).toContain('???');
	});

	it('names its language for readers and screen readers', async () => {
		const document = await getDocument({ data: certificatePdf(french, { language: 'fr' }), standardFontDataUrl }).promise;
		expect(((await document.getMetadata()).info as Record<string, unknown>).Language).toBe('fr');
		await document.destroy();
	});
});
