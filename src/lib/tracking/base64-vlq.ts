import { hashString } from '../course/random';
import type { AnswerReader, AnswerWriter } from '../course/interactions';

/**
 * The byte level of `suspend_data`: ASCII-safe characters (base64url) carrying whole numbers with
 * a continuation bit (0–31 in one character, five more bits per extra character), 12-bit fixed
 * fields, and UTF-8 text cut to a byte budget. No library does this 5-bit VLQ; it is what keeps
 * the whole course in SCORM 1.2's 4,096 characters.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Free texts (a capstone plan) travel cut to this many UTF-8 bytes each, so that SCORM 1.2's
 * 4,096 characters hold the whole course; the device keeps the full text, the rubric a sentence.
 */
export const TEXT_BYTES = 240;

function utf8Prefix(text: string, maxBytes: number): Uint8Array {
	const bytes = new TextEncoder().encode(text);
	if (bytes.length <= maxBytes) return bytes;
	// Decoding a cut sequence leaves a replacement character at the end: drop it.
	const cut = new TextDecoder().decode(bytes.subarray(0, maxBytes)).replace(/\uFFFD+$/, '');
	return new TextEncoder().encode(cut);
}

export class Writer implements AnswerWriter {
	out = '';
	int(value: number) {
		if (!Number.isInteger(value) || value < 0) throw new Error(`cannot encode ${value}`);
		let rest = value;
		while (rest >= 32) {
			this.out += ALPHABET[32 + (rest & 31)];
			rest = Math.floor(rest / 32);
		}
		this.out += ALPHABET[rest];
	}
	/** Exactly two characters: twelve bits. */
	fixed12(value: number) {
		this.out += ALPHABET[(value >> 6) & 63]! + ALPHABET[value & 63]!;
	}
	/** UTF-8, length first, three bytes per four characters. */
	text(value: string) {
		const bytes = utf8Prefix(value, TEXT_BYTES);
		this.int(bytes.length);
		for (let i = 0; i < bytes.length; i += 3) {
			const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
			this.fixed12(chunk >> 12);
			this.fixed12(chunk & 0xfff);
		}
	}
}

export class Reader implements AnswerReader {
	index = 0;
	constructor(private readonly source: string) {}
	private char(): number {
		const at = this.index++;
		// (indexOf('') would be 0: the end of the data must not read as "A".)
		const value = at < this.source.length ? ALPHABET.indexOf(this.source[at]!) : -1;
		if (value === -1) throw new Error(at < this.source.length ? `unexpected character at ${at}` : 'unexpected end of data');
		return value;
	}
	int(): number {
		let value = 0;
		let scale = 1;
		for (;;) {
			const digit = this.char();
			if (digit < 32) return value + digit * scale;
			value += (digit - 32) * scale;
			scale *= 32;
			if (scale > 2 ** 30) throw new Error('number too long');
		}
	}
	fixed12(): number {
		return (this.char() << 6) | this.char();
	}
	text(): string {
		const length = this.int();
		if (length > 20000) throw new Error('text too long');
		const bytes = new Uint8Array(Math.ceil(length / 3) * 3);
		for (let i = 0; i < length; i += 3) {
			const chunk = (this.fixed12() << 12) | this.fixed12();
			bytes.set([chunk >> 16, (chunk >> 8) & 255, chunk & 255], i);
		}
		return new TextDecoder().decode(bytes.subarray(0, length));
	}
	get done() {
		return this.index >= this.source.length;
	}
}

/** Twelve bits of a hash of the text: catches truncation and garbage, not tampering. */
export const checksum12 = (text: string) => hashString(text) & 0xfff;
