/**
 * Quick exit: for a learner who needs to hide the course at once. The page is blanked first (no
 * waiting for the network), then replaced, so the course leaves no entry at the top of history;
 * app.html makes in-course navigation replace history too, so "back" cannot bring it back.
 */
export const QUICK_EXIT_URL = 'https://www.google.com/';

/** Two presses of Escape within this many milliseconds trigger the exit. */
export const DOUBLE_PRESS_MS = 1000;

/** True on the second Escape press within the window: pure, so the timing rule has a test. */
export function doublePressDetector(windowMs = DOUBLE_PRESS_MS) {
	let last = -Infinity;
	return (key: string, at: number): boolean => {
		if (key !== 'Escape') return false;
		const double = at - last <= windowMs;
		last = double ? -Infinity : at;
		return double;
	};
}

export function quickExit(target = QUICK_EXIT_URL) {
	document.documentElement.style.visibility = 'hidden';
	document.title = '';
	try {
		// Inside an LMS the course is framed: replace the whole tab when the browser allows it.
		(window.top ?? window).location.replace(target);
	} catch {
		window.location.replace(target);
	}
}
