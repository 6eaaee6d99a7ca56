/** Breaking text into characters and lines, for text set in Helvetica and text drawn on a canvas alike. */

const graphemeSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** Characters as a reader sees them: a family emoji or a letter with its accents is one. */
export function graphemes(text: string): string[] {
	if (!graphemeSegmenter) return Array.from(text);
	return Array.from(graphemeSegmenter.segment(text), (segment) => segment.segment);
}

/**
 * Greedy line breaking at spaces (not at no-break spaces, which French puts before "?" and inside « »). A word
 * wider than the line on its own, such as a long URL or a long name in a script written without spaces, is cut
 * between characters rather than left to run off.
 */
export function wrapText(text: string, width: (text: string) => number, maxWidth: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const candidate = line ? `${line} ${word}` : word;
		if (width(candidate) <= maxWidth) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		for (const char of graphemes(word)) {
			if (line && width(line + char) > maxWidth) {
				lines.push(line);
				line = '';
			}
			line += char;
		}
	}
	if (line || !lines.length) lines.push(line);
	return lines;
}
