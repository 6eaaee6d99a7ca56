/**
 * Quick exit: for a learner who needs to hide the course at once. The page is blanked first (no
 * waiting for the network), then replaced, so the course leaves no entry at the top of history;
 * app.html makes in-course navigation replace history too, so "back" cannot bring it back.
 *
 * Inside an LMS package the course is a guest in the LMS's page: replacing that page (or the tab)
 * would unload the LMS's API before it has the last values and leave its session open. There the
 * exit ends the session first (commit and finish), then replaces only the course's own frame:
 * with the address the trainer configured, else a blank page (most sites refuse to be framed,
 * and a blank frame sends nothing anywhere).
 */
export const QUICK_EXIT_URL = 'https://www.google.com/';
export const QUICK_EXIT_URL_IN_LMS = 'about:blank';

/** Two presses of Escape within this many milliseconds trigger the exit. */
export const DOUBLE_PRESS_MS = 1000;

/** The longest the exit waits for the LMS to finish: hiding the course matters more than the last save. */
export const LMS_FINISH_WAIT_MS = 1500;

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

/** Where and how the exit leaves, for this build. */
export interface ExitRoute {
	target: string;
	/** Replace only this frame (inside an LMS), never the page around it. */
	frameOnly: boolean;
	/** Ends the LMS session before leaving. */
	finish?: () => Promise<unknown>;
}

let lmsRoute: ExitRoute | undefined;

/** Only http(s) addresses: anything else a config file says (javascript:, data:) is ignored. */
export function safeExitUrl(value: string | undefined): string | undefined {
	if (!value) return undefined;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Called by a package's launch (the composition root), never by components: how its LMS session
 * ends, and the trainer's exit address if the package has one.
 */
export function exitThroughLms(finish: () => Promise<unknown>, trainerUrl?: string) {
	lmsRoute = { target: safeExitUrl(trainerUrl) ?? QUICK_EXIT_URL_IN_LMS, frameOnly: true, finish };
}

/** The route for this build: a package stays inside its frame even before its LMS session is known. */
export function exitRoute(inPackage = import.meta.env?.VITE_BUILD_PROFILE === 'package'): ExitRoute {
	if (lmsRoute) return lmsRoute;
	return inPackage ? { target: QUICK_EXIT_URL_IN_LMS, frameOnly: true } : { target: QUICK_EXIT_URL, frameOnly: false };
}

const within = (ms: number, work: Promise<unknown>) =>
	Promise.race([work.catch(() => undefined), new Promise((done) => setTimeout(done, ms))]);

export async function quickExit(route: ExitRoute = exitRoute()) {
	document.documentElement.style.visibility = 'hidden';
	document.title = '';
	if (route.finish) await within(LMS_FINISH_WAIT_MS, route.finish());
	if (route.frameOnly) return window.location.replace(route.target);
	try {
		// The website may itself be framed by another site: replace the whole tab when the browser allows it.
		(window.top ?? window).location.replace(route.target);
	} catch {
		window.location.replace(route.target);
	}
}
