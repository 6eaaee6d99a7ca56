/** Writing PDF syntax: numbers, strings, objects, streams and the cross-reference table (PDF 1.5, ISO 32000-1 §7). */

/** An object's body: a plain value, or a stream (its dictionary without /Length, which is added here). */
export type PdfObject = string | { dict: string; stream: Uint8Array | string };

/** Short decimal numbers: PDF accepts no exponents, and fewer digits keep the stream small. */
export function num(value: number): string {
	return String(Math.round(value * 100) / 100);
}

/** A PDF literal string kept 7-bit: bytes above 0x7E are written as octal escapes, so the file stays readable. */
export function pdfString(bytes: readonly number[]): string {
	let out = '(';
	for (const byte of bytes) {
		if (byte === 0x5c || byte === 0x28 || byte === 0x29) out += '\\' + String.fromCharCode(byte);
		else if (byte < 0x20 || byte > 0x7e) out += '\\' + byte.toString(8).padStart(3, '0');
		else out += String.fromCharCode(byte);
	}
	return out + ')';
}

export function hex(bytes: Iterable<number>): string {
	let out = '';
	for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
	return out.toUpperCase();
}

/** UTF-16BE code units of the text, as bytes. */
export function utf16be(text: string): number[] {
	const bytes: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		bytes.push(unit >> 8, unit & 0xff);
	}
	return bytes;
}

/** A text string (§7.9.2.2) that holds any Unicode: UTF-16BE after a byte order mark, in hexadecimal. */
export function textString(text: string): string {
	return `<FEFF${hex(utf16be(text))}>`;
}

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** Numbers objects from 1 and writes the cross-reference table with each one's byte offset. */
export function pdfFile(objects: readonly PdfObject[], rootNumber: number, infoNumber: number): Uint8Array {
	const parts: Uint8Array[] = [];
	let length = 0;
	const write = (part: Uint8Array | string) => {
		const bytes = typeof part === 'string' ? ascii(part) : part;
		parts.push(bytes);
		length += bytes.length;
	};
	write('%PDF-1.5\n');
	const offsets: number[] = [];
	objects.forEach((body, index) => {
		offsets.push(length);
		write(`${index + 1} 0 obj\n`);
		if (typeof body === 'string') write(body);
		else {
			const stream = typeof body.stream === 'string' ? ascii(body.stream) : body.stream;
			write(`<< ${body.dict ? `${body.dict} ` : ''}/Length ${stream.length} >>\nstream\n`);
			write(stream);
			write('\nendstream');
		}
		write('\nendobj\n');
	});
	const xrefOffset = length;
	// Each entry is exactly 20 bytes, hence the space before the line feed.
	let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) xref += `${String(offset).padStart(10, '0')} 00000 n \n`;
	xref += `trailer\n<< /Size ${objects.length + 1} /Root ${rootNumber} 0 R /Info ${infoNumber} 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
	write(xref);
	const file = new Uint8Array(length);
	let at = 0;
	for (const part of parts) {
		file.set(part, at);
		at += part.length;
	}
	return file;
}
