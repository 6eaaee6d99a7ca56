import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ID_PATTERN } from '../course/schema-kit';

/**
 * Illustrations are hand-written SVG files in a module's illustrations/ folder, themed by CSS
 * custom properties and worded from the module's locale files, inlined into the page at build
 * time (content, not JS). The rules are in modules/README.md, "Illustrations".
 */
export interface Illustration {
	name: string;
	file: string;
	source: string;
	/** Root has aria-hidden="true": no words, no text alternative (a module cover). */
	decorative: boolean;
	/** The data-text keys of its <text> elements, in order of first use. */
	keys: string[];
}

export interface IllustrationProblem {
	file: string;
	field: string;
	message: string;
}

/** The narrowest content column (a 320 px phone less the page's padding), in CSS px. */
export const NARROWEST_COLUMN_PX = 288;
export const SMALLEST_TEXT_PX = 12;
export const MAX_GZIP_BYTES = 4096;

const COLOUR_ATTRIBUTES = ['fill', 'stroke', 'stop-color', 'flood-color', 'color'];
/** A colour is a token or currentColor, so the picture follows the theme. */
const THEMED_COLOUR = /^(none|transparent|currentColor|var\(--[a-z0-9-]+\)|url\(#[a-z0-9-]+\))$/;
const FORBIDDEN: [RegExp, string][] = [
	[/<script\b/i, 'must not contain a script'],
	[/<image\b/i, 'must not contain <image> (draw it)'],
	[/<foreignObject\b/i, 'must not contain <foreignObject>'],
	[/<style\b/i, 'must not contain <style> (colours come from the design tokens in src/app.css)'],
	[/\son[a-z]+\s*=/i, 'must not have event handler attributes'],
	[/\b(?:xlink:)?href\s*=\s*["'](?!#)/i, 'must not reference another file or address (only "#id")'],
	[/url\(\s*(?!#)/i, 'must not reference another file or address in url()'],
	[/@import|@font-face/i, 'must not load styles or fonts']
];

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];

/** Checks one SVG's text against the rules; returns the illustration, with any problems. */
export function parseIllustration(
	name: string,
	file: string,
	source: string
): { illustration: Illustration; problems: IllustrationProblem[] } {
	const problems: IllustrationProblem[] = [];
	const problem = (field: string, message: string) => problems.push({ file, field, message });
	if (!ID_PATTERN.test(name)) problem('', `file name "${name}.svg" must be kebab-case`);
	const root = /<svg\b[^>]*>/.exec(source)?.[0];
	if (!root) problem('svg', 'has no <svg> element');
	const viewBox = root
		? attr(root, 'viewBox')
				?.trim()
				.split(/[\s,]+/)
				.map(Number)
		: undefined;
	if (root && (!viewBox || viewBox.length !== 4 || viewBox.some((n) => !Number.isFinite(n)) || viewBox[2]! <= 0))
		problem('svg.viewBox', 'needs a viewBox "minX minY width height"');
	for (const size of ['width', 'height'])
		if (root && attr(root, size) !== undefined) problem(`svg.${size}`, 'must not be fixed: the page sizes it');
	for (const [pattern, message] of FORBIDDEN) if (pattern.test(source)) problem('', message);

	for (const tag of source.match(/<[a-zA-Z][^>]*>/g) ?? []) {
		for (const a of COLOUR_ATTRIBUTES) {
			const value = attr(tag, a);
			if (value !== undefined && !THEMED_COLOUR.test(value.trim()))
				problem(a, `"${value}" is a fixed colour: use a token (var(--illustration-…)) or currentColor`);
		}
		const style = attr(tag, 'style');
		if (style && /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i.test(style)) problem('style', `"${style}" has a fixed colour: use a token`);
	}

	const decorative = root ? attr(root, 'aria-hidden') === 'true' : false;
	const keys: string[] = [];
	const rootSize = root ? Number(attr(root, 'font-size')) : NaN;
	const scale = viewBox && viewBox[2]! > 0 ? NARROWEST_COLUMN_PX / viewBox[2]! : 1;
	for (const match of source.matchAll(/<text\b([^>]*?)(\/>|>([\s\S]*?)<\/text>)/g)) {
		const tag = match[1]!;
		const key = attr(` ${tag}`, 'data-text');
		if (!key) {
			problem('text', 'a <text> needs data-text="<key>": its words live in the locale files');
			continue;
		}
		if (!ID_PATTERN.test(key)) problem(`text[data-text="${key}"]`, 'the key must be kebab-case');
		if (match[3]?.trim()) problem(`text[data-text="${key}"]`, 'must be empty: its words come from the locale files');
		if (decorative) problem(`text[data-text="${key}"]`, 'a decorative (aria-hidden) illustration has no words');
		const size = Number(attr(` ${tag}`, 'font-size') ?? rootSize);
		if (!Number.isFinite(size)) problem(`text[data-text="${key}"]`, 'needs a font-size (on the <text> or the <svg>)');
		else if (size * scale < SMALLEST_TEXT_PX)
			problem(
				`text[data-text="${key}"]`,
				`font-size ${size} in a viewBox ${viewBox?.[2]} wide is ${(size * scale).toFixed(1)} px at 320 px: at least ${SMALLEST_TEXT_PX} px`
			);
		if (!keys.includes(key)) keys.push(key);
	}
	const gzip = gzipSync(source).length;
	if (gzip > MAX_GZIP_BYTES) problem('', `is ${gzip} bytes gzip: at most ${MAX_GZIP_BYTES}`);
	return { illustration: { name, file, source, decorative, keys }, problems };
}

/** Every SVG in a module's illustrations/ folder, by name. */
export function readIllustrations(moduleDir: string): { illustrations: Map<string, Illustration>; problems: IllustrationProblem[] } {
	const dir = join(moduleDir, 'illustrations');
	const illustrations = new Map<string, Illustration>();
	const problems: IllustrationProblem[] = [];
	if (!existsSync(dir)) return { illustrations, problems };
	for (const entry of readdirSync(dir).sort()) {
		if (!entry.endsWith('.svg')) continue;
		const name = entry.slice(0, -4);
		const file = join(dir, entry);
		const parsed = parseIllustration(name, file, readFileSync(file, 'utf8'));
		illustrations.set(name, parsed.illustration);
		problems.push(...parsed.problems);
	}
	return { illustrations, problems };
}

/** The locale keys an illustration needs in the module's files: its words, and its text alternative unless decorative. */
export const illustrationTextKeys = (illustration: Illustration): string[] => [
	...(illustration.decorative ? [] : [`illustrations.${illustration.name}.alt`]),
	...illustration.keys.map((key) => `illustrations.${illustration.name}.${key}`)
];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The SVG as the page shows it in one language: each <text> filled with its words; an informative
 * one gets role="img" and a <title> with its text alternative, a decorative one is hidden.
 */
export function localizeIllustration(illustration: Illustration, text: Record<string, string>): string {
	const word = (key: string) => escapeXml(text[`illustrations.${illustration.name}.${key}`] ?? '');
	let svg = illustration.source
		.replace(/<\?xml[^>]*>\s*/, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<text\b([^>]*?)(?:\/>|>[\s\S]*?<\/text>)/g, (_m, attrs: string) => {
			const key = attr(` ${attrs}`, 'data-text') ?? '';
			return `<text${attrs.replace(/\s*$/, '')}>${word(key)}</text>`;
		})
		.replace(/>\s+</g, '><')
		.trim();
	const id = `illustration-${illustration.name}`;
	svg = illustration.decorative
		? svg.replace(/<svg\b/, '<svg focusable="false"')
		: svg.replace(/<svg\b([^>]*)>/, `<svg$1 role="img" aria-labelledby="${id}" focusable="false"><title id="${id}">${word('alt')}</title>`);
	return svg;
}
