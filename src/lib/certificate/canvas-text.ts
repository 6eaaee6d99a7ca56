/**
 * Draws text with the device's own fonts on a canvas, for what the PDF's standard fonts cannot show. The browser
 * shapes and orders it as it does on screen (Arabic joining and right-to-left order, Vietnamese stacked accents,
 * Chinese), with whatever fonts the device has for the script, so nothing is downloaded and no font is shipped.
 * Browser only.
 */
import type { DrawText, TextImage } from './certificate-pdf';
import { isRightToLeft } from './invisible-text';
import { wrapText } from './text-layout';

/** 288 dots per inch: sharp in print, and a one-line name stays a few tens of kilobytes. */
const PX_PER_PT = 4;
/** Where the writer puts a baseline in a line box (see certificate-pdf.ts), so drawn and set lines line up. */
const BASELINE = 0.8;

/** `fontFamily` as CSS gives it (getComputedStyle), so the PDF shows the name in the font the page shows it in. */
export function canvasTextDrawer(fontFamily: string): DrawText {
	return (text, style): TextImage | undefined => {
		const canvas = document.createElement('canvas');
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) return undefined;
		const size = style.size * PX_PER_PT;
		const rightToLeft = isRightToLeft(text);
		const prepare = () => {
			context.font = `${style.style === 'bold' ? 'bold ' : ''}${size}px ${fontFamily}`;
			context.direction = rightToLeft ? 'rtl' : 'ltr';
			context.textAlign = 'center';
			context.textBaseline = 'alphabetic';
			context.fillStyle = '#000';
		};
		prepare();
		const lines = wrapText(text, (line) => context.measureText(line).width, style.maxWidth * PX_PER_PT);
		const metrics = lines.map((line) => context.measureText(line));
		const lineHeight = size * style.leading;
		const baseline = (lineHeight - size) / 2 + size * BASELINE;
		// Stacked accents (Ễ) rise above the line box and some glyphs overhang their advance: make room for both.
		const above = Math.max(0, ...metrics.map((m) => m.actualBoundingBoxAscent - baseline));
		const below = Math.max(0, ...metrics.map((m) => m.actualBoundingBoxDescent - (lineHeight - baseline)));
		const halfWidth = Math.max(...metrics.map((m) => Math.max(m.width / 2, m.actualBoundingBoxLeft, m.actualBoundingBoxRight)));
		canvas.width = Math.ceil(2 * halfWidth) + 2;
		canvas.height = Math.ceil(above + lines.length * lineHeight + below);
		if (!canvas.width || !canvas.height) return undefined;
		prepare(); // resizing a canvas resets its state
		const centre = canvas.width / 2;
		lines.forEach((line, i) => context.fillText(line, centre, above + i * lineHeight + baseline));
		const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
		const coverage = new Uint8Array(canvas.width * canvas.height);
		for (let i = 0; i < coverage.length; i++) coverage[i] = data[i * 4 + 3]!;
		return {
			columns: canvas.width,
			rows: canvas.height,
			coverage,
			width: canvas.width / PX_PER_PT,
			height: canvas.height / PX_PER_PT,
			lines: lines.map((line, i) => ({
				text: line,
				x: (centre - metrics[i]!.width / 2) / PX_PER_PT,
				width: metrics[i]!.width / PX_PER_PT,
				baseline: (above + i * lineHeight + baseline) / PX_PER_PT
			}))
		};
	};
}
