/**
 * Invisible text laid over text that the certificate draws as an image, so that a reader can find, copy and read
 * aloud what the image shows. The standard fonts encode only WinAnsi; a Type 3 font whose glyphs draw nothing,
 * with a ToUnicode map, can stand for any character. Each distinct code point gets a one-byte code, 255 per font,
 * as many fonts as the text needs. It is set in text rendering mode 3 (neither filled nor stroked), as OCR layers are.
 */
import { hex, utf16be, type PdfObject } from './pdf-file';

/** Every glyph advances half an em; the caller stretches each line (Tz) to the width of what the image shows. */
export const GLYPH_WIDTH = 500;
const CODES_PER_FONT = 255;
/** ToUnicode maps may list at most 100 entries per bfchar block. */
const CMAP_BLOCK = 100;

export class InvisibleFonts {
	#codes = new Map<number, { font: number; code: number }>();
	#fonts: number[][] = [];

	/** Text-showing operators for the code points of the text, in order, switching fonts where needed. */
	show(text: string, size: number): string {
		const ops: string[] = [];
		let font = -1;
		let run: number[] = [];
		const flush = () => {
			if (run.length) ops.push(`/H${font} ${size} Tf <${hex(run)}> Tj`);
			run = [];
		};
		for (const char of text) {
			const { font: f, code } = this.#code(char.codePointAt(0)!);
			if (f !== font) {
				flush();
				font = f;
			}
			run.push(code);
		}
		flush();
		return ops.join(' ');
	}

	get used(): boolean {
		return this.#fonts.length > 0;
	}

	#code(codePoint: number) {
		let found = this.#codes.get(codePoint);
		if (!found) {
			let last = this.#fonts[this.#fonts.length - 1];
			if (!last || last.length === CODES_PER_FONT) this.#fonts.push((last = []));
			last.push(codePoint);
			found = { font: this.#fonts.length - 1, code: last.length };
			this.#codes.set(codePoint, found);
		}
		return found;
	}

	/**
	 * The fonts' objects, to be numbered from `first`: one empty glyph procedure shared by all, then each font and
	 * its ToUnicode map. `resources` goes into the page's /Font dictionary.
	 */
	objects(first: number): { resources: string; objects: PdfObject[] } {
		const glyph = first;
		const objects: PdfObject[] = [{ dict: '', stream: `${GLYPH_WIDTH} 0 d0\n` }];
		const resources: string[] = [];
		this.#fonts.forEach((codePoints, index) => {
			const fontNumber = first + objects.length;
			const names = codePoints.map((_, i) => `/g${i + 1}`);
			objects.push(
				[
					'<< /Type /Font /Subtype /Type3',
					'/FontBBox [0 0 0 0] /FontMatrix [0.001 0 0 0.001 0 0]',
					`/CharProcs << ${names.map((name) => `${name} ${glyph} 0 R`).join(' ')} >>`,
					`/Encoding << /Type /Encoding /Differences [1 ${names.join(' ')}] >>`,
					`/FirstChar 1 /LastChar ${codePoints.length} /Widths [${codePoints.map(() => GLYPH_WIDTH).join(' ')}]`,
					`/Resources << >> /ToUnicode ${fontNumber + 1} 0 R >>`
				].join('\n'),
				{ dict: '', stream: toUnicodeCMap(codePoints) }
			);
			resources.push(`/H${index} ${fontNumber} 0 R`);
		});
		return { resources: resources.join(' '), objects };
	}
}

function toUnicodeCMap(codePoints: readonly number[]): string {
	const lines = [
		'/CIDInit /ProcSet findresource begin',
		'12 dict begin',
		'begincmap',
		'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
		'/CMapName /Adobe-Identity-UCS def',
		'/CMapType 2 def',
		'1 begincodespacerange',
		'<00> <FF>',
		'endcodespacerange'
	];
	for (let start = 0; start < codePoints.length; start += CMAP_BLOCK) {
		const block = codePoints.slice(start, start + CMAP_BLOCK);
		lines.push(`${block.length} beginbfchar`);
		block.forEach((codePoint, i) => lines.push(`<${hex([start + i + 1])}> <${hex(utf16be(String.fromCodePoint(codePoint)))}>`));
		lines.push('endbfchar');
	}
	lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
	return lines.join('\n') + '\n';
}

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

type Direction = 'L' | 'R' | 'N';

function direction(char: string): Direction {
	if (/\p{Nd}/u.test(char)) return 'L';
	if (RIGHT_TO_LEFT.test(char)) return 'R';
	return /[\p{L}\p{N}]/u.test(char) ? 'L' : 'N';
}

/** As `dir="auto"` decides: by the first letter (digits and punctuation have no direction of their own). */
export function isRightToLeft(text: string): boolean {
	for (const char of text) if (/\p{L}/u.test(char)) return RIGHT_TO_LEFT.test(char);
	return false;
}

/**
 * The characters of one line in the order they stand on the page, left to right, which is the order a PDF holds
 * text in and readers such as pdf.js reorder back: right-to-left runs reversed, numbers and Latin words inside them
 * kept as they read. A simplified bidi (no explicit embeddings): enough for names, which the image shows with the
 * browser's full algorithm anyway.
 */
export function visualOrder(line: string, rightToLeft: boolean): string {
	const chars = Array.from(line);
	const dirs: Direction[] = [];
	for (const char of chars) dirs.push(/\p{M}/u.test(char) && dirs.length ? dirs[dirs.length - 1]! : direction(char));
	const base: Direction = rightToLeft ? 'R' : 'L';
	// A neutral between two letters of one direction takes it; any other neutral takes the line's.
	const resolved = dirs.map((dir, i) => {
		if (dir !== 'N') return dir;
		const before =
			dirs
				.slice(0, i)
				.reverse()
				.find((d) => d !== 'N') ?? base;
		const after = dirs.slice(i + 1).find((d) => d !== 'N') ?? base;
		return before === after ? before : base;
	});
	const runs: { dir: Direction; chars: string[] }[] = [];
	chars.forEach((char, i) => {
		const last = runs[runs.length - 1];
		if (last && last.dir === resolved[i]) last.chars.push(char);
		else runs.push({ dir: resolved[i]!, chars: [char] });
	});
	const ordered = rightToLeft ? runs.reverse() : runs;
	return ordered.map((run) => (run.dir === 'R' ? [...run.chars].reverse() : run.chars).join('')).join('');
}
