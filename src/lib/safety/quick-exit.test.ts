import { afterEach, describe, expect, it, vi } from 'vitest';
import { doublePressDetector, exitRoute, quickExit, QUICK_EXIT_URL, QUICK_EXIT_URL_IN_LMS, safeExitUrl } from './quick-exit';

describe('quick exit shortcut', () => {
	it.each([
		[
			'two Escapes close together',
			[
				['Escape', 0],
				['Escape', 400]
			],
			[false, true]
		],
		[
			'two Escapes too far apart',
			[
				['Escape', 0],
				['Escape', 1500]
			],
			[false, false]
		],
		[
			'another key in between still counts as two Escapes',
			[
				['Escape', 0],
				['a', 100],
				['Escape', 300]
			],
			[false, false, true]
		],
		[
			'a third press starts over',
			[
				['Escape', 0],
				['Escape', 100],
				['Escape', 200]
			],
			[false, true, false]
		],
		[
			'other keys never trigger',
			[
				['Enter', 0],
				['Enter', 10]
			],
			[false, false]
		]
	] as const)('%s', (_name, presses, expected) => {
		const detect = doublePressDetector(1000);
		expect(presses.map(([key, at]) => detect(key, at))).toEqual(expected);
	});
});

describe('where the quick exit leads', () => {
	it.each([
		['https://example.org/news', 'https://example.org/news'],
		['http://intranet.example/', 'http://intranet.example/'],
		['javascript:alert(1)', undefined],
		['data:text/html,hi', undefined],
		['not an address', undefined],
		['', undefined],
		[undefined, undefined]
	])('a trainer address %j becomes %j', (given, expected) => {
		expect(safeExitUrl(given)).toBe(expected);
	});

	it('leaves the whole tab on the website, and only its own frame in a package, even before the LMS answered', () => {
		expect(exitRoute(false)).toEqual({ target: QUICK_EXIT_URL, frameOnly: false });
		expect(exitRoute(true)).toEqual({ target: QUICK_EXIT_URL_IN_LMS, frameOnly: true });
	});
});

describe('quick exit inside an LMS', () => {
	afterEach(() => vi.unstubAllGlobals());

	function page() {
		const events: string[] = [];
		const location = (name: string) => ({ replace: (url: string) => events.push(`${name} → ${url}`) });
		const own = { location: location('frame') } as Record<string, unknown>;
		own.top = { location: location('top') };
		vi.stubGlobal('window', own);
		vi.stubGlobal('document', { documentElement: { style: { visibility: '' } }, title: 'Lesson' });
		return events;
	}

	it('hides the course, ends the LMS session, then replaces only its own frame', async () => {
		const events = page();
		const exiting = quickExit({
			target: 'https://example.org/',
			frameOnly: true,
			finish: async () => void events.push(`finished (course ${document.documentElement.style.visibility})`)
		});
		await exiting;
		expect(events).toEqual(['finished (course hidden)', 'frame → https://example.org/']);
	});

	it('still leaves when the LMS never answers', async () => {
		vi.useFakeTimers();
		const events = page();
		const exiting = quickExit({ target: 'about:blank', frameOnly: true, finish: () => new Promise(() => {}) });
		await vi.advanceTimersByTimeAsync(2000);
		await exiting;
		vi.useRealTimers();
		expect(events).toEqual(['frame → about:blank']);
	});

	it('replaces the whole tab at once on the website, without waiting for anything', () => {
		const events = page();
		void quickExit({ target: QUICK_EXIT_URL, frameOnly: false });
		expect(events).toEqual([`top → ${QUICK_EXIT_URL}`]);
	});
});
