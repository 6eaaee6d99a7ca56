/**
 * Text size and theme: kept in localStorage (not IndexedDB) because app.html applies them with a
 * tiny inline script before the first paint, so a large-text or dark-theme learner never sees a flash.
 */
export const DISPLAY_KEY = 'datajam-display';
export const TEXT_SCALES = [1, 1.25, 1.5, 2] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface DisplaySettings {
	textScale: (typeof TEXT_SCALES)[number];
	theme: Theme;
}

export const DEFAULT_DISPLAY: DisplaySettings = { textScale: 1, theme: 'system' };

export function parseDisplay(raw: string | null): DisplaySettings {
	try {
		const value = JSON.parse(raw ?? '{}') as Partial<DisplaySettings>;
		return {
			textScale: TEXT_SCALES.includes(value.textScale as never) ? value.textScale! : DEFAULT_DISPLAY.textScale,
			theme: THEMES.includes(value.theme as never) ? value.theme! : DEFAULT_DISPLAY.theme
		};
	} catch {
		return DEFAULT_DISPLAY;
	}
}

export function applyDisplay(settings: DisplaySettings, root: HTMLElement = document.documentElement) {
	root.style.setProperty('--text-scale', String(settings.textScale));
	if (settings.theme === 'system') delete root.dataset.theme;
	else root.dataset.theme = settings.theme;
}

export function loadDisplay(): DisplaySettings {
	try {
		return parseDisplay(localStorage.getItem(DISPLAY_KEY));
	} catch {
		return DEFAULT_DISPLAY;
	}
}

/** Part of "erase my data": only this key, never the rest of the origin's storage. */
export function forgetDisplay() {
	applyDisplay(DEFAULT_DISPLAY);
	try {
		localStorage.removeItem(DISPLAY_KEY);
	} catch {
		// Storage off: nothing was kept.
	}
}

export function saveDisplay(settings: DisplaySettings) {
	applyDisplay(settings);
	try {
		localStorage.setItem(DISPLAY_KEY, JSON.stringify(settings));
	} catch {
		// Storage refused (private mode, quota): the setting still applies for this visit.
	}
}
