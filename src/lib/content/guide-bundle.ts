import type { Language, QuizSettings, Reference } from '../course/types';

/** What the build writes for the facilitator's guide page: one file per language, HTML rendered. */

export interface GuideLesson {
	id: string;
	/** Rendered inline HTML. */
	title: string;
	minutes: number;
	/** Present on a module quiz: questions drawn per attempt and the share needed to pass. */
	quiz?: QuizSettings;
}

export interface GuideModule {
	id: string;
	number: number;
	/** Rendered inline HTML. */
	title: string;
	/** The sum of its lessons' estimated minutes, quiz included. */
	minutes: number;
	/** Rendered block HTML. */
	objectives: string;
	lessons: GuideLesson[];
}

/** What one reporting mode sends in one situation of the learner's attempt. */
export interface GuideLmsRow {
	situation: string;
	/** Rendered inline HTML. */
	label: string;
	/** SCORM 1.2 cmi.core.lesson_status. */
	lessonStatus: string;
	/** SCORM 2004 cmi.completion_status and cmi.success_status. */
	completion: string;
	success: string;
}

export interface GuideLmsMode {
	id: string;
	/** Rendered block HTML. */
	description: string;
	rows: GuideLmsRow[];
}

export interface GuidePart {
	id: string;
	/** Rendered inline HTML. */
	title: string;
	/** Rendered block HTML. */
	body: string;
}

export interface GuideSection extends GuidePart {
	parts: GuidePart[];
	/** Present on the section that shows the modules table. */
	modules?: GuideModule[];
	/** Present on the section that shows what the LMS records. */
	lms?: GuideLmsMode[];
}

export interface GuideBundle {
	language: Language;
	title: string;
	summary: string;
	/** Every lesson of the course, in minutes. */
	totalMinutes: number;
	sections: GuideSection[];
	references: Reference[];
}

export const guidePath = (language: Language) => `content/${language}/guide.json`;

/** "12 min", "1 h 57 min": the estimated time in the reader's language. */
export function formatMinutes(minutes: number, language: Language): string {
	const unit = (u: 'hour' | 'minute', n: number) =>
		// Intl joins number and unit with a no-break space in French but a plain one in English and Spanish.
		new Intl.NumberFormat(language, { style: 'unit', unit: u, unitDisplay: 'short' }).format(n).replace(/ /g, '\u00a0');
	if (minutes < 60) return unit('minute', minutes);
	const rest = minutes % 60;
	// No-break spaces throughout, so "4 h" never ends a line with "49 min" on the next.
	return rest ? `${unit('hour', Math.floor(minutes / 60))}\u00a0${unit('minute', rest)}` : unit('hour', minutes / 60);
}
