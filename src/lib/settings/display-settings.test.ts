import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY, parseDisplay } from './display-settings';

describe('display settings', () => {
	it.each([
		['nothing stored', null, DEFAULT_DISPLAY],
		['a valid choice', '{"textScale":1.5,"theme":"dark"}', { textScale: 1.5, theme: 'dark' }],
		['an unknown scale falls back, the theme stays', '{"textScale":7,"theme":"light"}', { textScale: 1, theme: 'light' }],
		['an unknown theme falls back', '{"textScale":2,"theme":"neon"}', { textScale: 2, theme: 'system' }],
		['garbage', '{not json', DEFAULT_DISPLAY]
	])('%s', (_name, raw, expected) => expect(parseDisplay(raw)).toEqual(expected));
});
