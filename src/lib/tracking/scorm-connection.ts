import type { ScormVersion } from './scorm-formats';

/** The LMS side of SCORM, as a SCO sees it (only the calls we use). */
interface Api12 {
	LMSInitialize(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetLastError(): string | number;
}
interface Api2004 {
	Initialize(arg: ''): string;
	GetValue(element: string): string;
	SetValue(element: string, value: string): string;
	Commit(arg: ''): string;
	Terminate(arg: ''): string;
	GetLastError(): string | number;
}

type Found = { version: '1.2'; api: Api12 } | { version: '2004'; api: Api2004 };

const MAX_HOPS = 500;

/** Looks for the API object on one window; a cross-origin window throws, which means "not here". */
function probe(win: Window, prefer?: ScormVersion): Found | undefined {
	try {
		const w = win as unknown as { API?: Api12; API_1484_11?: Api2004 };
		if (prefer !== '1.2' && w.API_1484_11 && typeof w.API_1484_11.Initialize === 'function') return { version: '2004', api: w.API_1484_11 };
		if (prefer !== '2004' && w.API && typeof w.API.LMSInitialize === 'function') return { version: '1.2', api: w.API };
	} catch {
		// Cross-origin frame: keep looking elsewhere.
	}
	return undefined;
}

function walkUp(start: Window | null, prefer?: ScormVersion): Found | undefined {
	let win = start;
	for (let hops = 0; win && hops < MAX_HOPS; hops++) {
		const found = probe(win, prefer);
		if (found) return found;
		let parent: Window | null;
		try {
			parent = win.parent;
		} catch {
			return undefined;
		}
		if (!parent || parent === win) return undefined;
		win = parent;
	}
	return undefined;
}

/**
 * The SCORM API discovery algorithm: this window and its parents, then the opener and its parents.
 * Never a global `API` variable of our own, which would hide the LMS's.
 */
export function findScormApi(self: Window, prefer?: ScormVersion): Found | undefined {
	const found = walkUp(self, prefer);
	if (found) return found;
	let opener: Window | null;
	try {
		opener = self.top?.opener ?? self.opener;
	} catch {
		opener = null;
	}
	return opener ? walkUp(opener, prefer) : undefined;
}

const RETRIES = 3;

/**
 * One SCORM session with either version behind the same calls. Every call is guarded: an LMS
 * that throws or answers "false" gets a few more tries, then the call reports failure and the
 * course carries on (the tracker keeps the data on the device and sends it again later).
 */
export class ScormConnection {
	lastError = '';
	private constructor(private readonly found: Found) {}

	static find(self: Window, prefer?: ScormVersion): ScormConnection | undefined {
		const found = findScormApi(self, prefer);
		return found ? new ScormConnection(found) : undefined;
	}

	get version(): ScormVersion {
		return this.found.version;
	}

	private call(run: () => string): boolean {
		for (let attempt = 0; attempt < RETRIES; attempt++) {
			try {
				const result = String(run());
				if (result === 'true') return true;
				this.lastError = `${result} (LMS error ${this.errorCode()})`;
			} catch (error) {
				this.lastError = (error as Error)?.message ?? String(error);
			}
		}
		return false;
	}

	private errorCode(): string {
		try {
			const f = this.found;
			return String(f.version === '1.2' ? f.api.LMSGetLastError() : f.api.GetLastError());
		} catch {
			return '?';
		}
	}

	initialize(): boolean {
		const f = this.found;
		return this.call(() => (f.version === '1.2' ? f.api.LMSInitialize('') : f.api.Initialize('')));
	}

	/** A value, or undefined when the element is unset or unsupported (errors are normal here). */
	get(element: string): string | undefined {
		try {
			const f = this.found;
			const value = f.version === '1.2' ? f.api.LMSGetValue(element) : f.api.GetValue(element);
			const code = this.errorCode();
			return code === '0' || code === '' ? String(value ?? '') : undefined;
		} catch {
			return undefined;
		}
	}

	set(element: string, value: string): boolean {
		const f = this.found;
		return this.call(() => (f.version === '1.2' ? f.api.LMSSetValue(element, value) : f.api.SetValue(element, value)));
	}

	commit(): boolean {
		const f = this.found;
		return this.call(() => (f.version === '1.2' ? f.api.LMSCommit('') : f.api.Commit('')));
	}

	terminate(): boolean {
		const f = this.found;
		return this.call(() => (f.version === '1.2' ? f.api.LMSFinish('') : f.api.Terminate('')));
	}

	/** Whether the LMS implements an optional element, from its parent's `_children` list. */
	supports(parent: string, child: string): boolean {
		return (this.get(`${parent}._children`) ?? '').split(',').includes(child);
	}
}
