import { describe, expect, it } from 'vitest';
import { checksum12, Reader, TEXT_BYTES, Writer } from './base64-vlq';

const written = (write: (w: Writer) => void) => {
	const w = new Writer();
	write(w);
	return w.out;
};

describe('base64url VLQ', () => {
	it.each([
		[0, 'A'],
		[31, 'f'],
		[32, 'gB'],
		[1023, '_f'],
		[1024, 'ggB'],
		[2 ** 30 - 1, '_____f']
	])('writes %i as %s and reads it back', (value, text) => {
		expect(written((w) => w.int(value))).toBe(text);
		expect(new Reader(text).int()).toBe(value);
	});

	it.each([-1, 0.5, Number.NaN])('refuses to write %s', (value) => expect(() => new Writer().int(value)).toThrow());

	it.each([
		['a character outside the alphabet', '%'],
		['a number cut short', 'g'],
		['a number too long', '________A']
	])('refuses %s', (_name, text) => expect(() => new Reader(text).int()).toThrow());

	it('writes 12-bit fields in exactly two characters', () => {
		expect(written((w) => w.fixed12(4095))).toHaveLength(2);
		expect(new Reader(written((w) => w.fixed12(2748))).fixed12()).toBe(2748);
	});

	it.each([
		['empty', ''],
		['ASCII', 'A plan.'],
		['accents and emoji', 'Éléments clés · ñ · 🙂']
	])('round-trips %s text as UTF-8', (_name, text) => {
		const r = new Reader(written((w) => w.text(text)));
		expect(r.text()).toBe(text);
		expect(r.done).toBe(true);
	});

	it(`cuts text to ${TEXT_BYTES} bytes without splitting a character`, () => {
		const read = new Reader(written((w) => w.text('é'.repeat(500)))).text();
		expect(new TextEncoder().encode(read).length).toBeLessThanOrEqual(TEXT_BYTES);
		expect(read).toBe('é'.repeat(TEXT_BYTES / 2));
	});

	it('checksums to twelve bits that change with the text', () => {
		expect(checksum12('D1abc')).toBeLessThan(4096);
		expect(checksum12('D1abc')).not.toBe(checksum12('D1abd'));
	});
});
