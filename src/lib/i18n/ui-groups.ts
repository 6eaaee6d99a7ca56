/**
 * The interface strings are written in groups (content/<lang>/ui/<group>.json), so a page carries
 * the words it shows and not every string of the app: the layout's group on every page, and what
 * each route adds. A key belongs to the group of its prefix ("lesson.check" → "lesson"); a prefix
 * no group names goes to "common", which every page loads, so a new key is never missing.
 * ui-groups.test.ts checks each route's list against the keys its components use.
 */
export const UI_GROUPS = {
	/** The layout (header, notices, quick exit, support line), the error page and the module cards. */
	common: [],
	lesson: ['lesson', 'quiz', 'figure'],
	myth: ['myth'],
	references: ['references'],
	module: ['module'],
	lab: ['lab'],
	redFlag: ['redFlag'],
	plan: ['plan'],
	about: ['about'],
	certificate: ['certificate'],
	glossary: ['glossary'],
	guide: ['guide'],
	data: ['data'],
	settings: ['settings'],
	support: ['support'],
	trainers: ['trainers'],
	preview: ['preview']
} as const satisfies Record<string, readonly string[]>;

export type UiGroup = keyof typeof UI_GROUPS;
export const UI_GROUP_NAMES = Object.keys(UI_GROUPS) as UiGroup[];

const groupOfPrefix = new Map<string, UiGroup>(
	UI_GROUP_NAMES.flatMap((group) => UI_GROUPS[group].map((prefix) => [prefix, group] as const))
);

/** The group a key is written in. */
export const uiGroupOf = (key: string): UiGroup => groupOfPrefix.get(key.split('.')[0]!) ?? 'common';

/** One language's strings cut into their groups (every group present, possibly empty). */
export function splitUiStrings(strings: Record<string, string>): Record<UiGroup, Record<string, string>> {
	const groups = Object.fromEntries(UI_GROUP_NAMES.map((g) => [g, {}])) as Record<UiGroup, Record<string, string>>;
	for (const [key, value] of Object.entries(strings)) groups[uiGroupOf(key)][key] = value;
	return groups;
}

/** What the layout loads on every page in a language. */
export const LAYOUT_UI_GROUPS: readonly UiGroup[] = ['common'];

/** What each page adds to the layout's groups, by SvelteKit route id. */
export const ROUTE_UI_GROUPS: Record<string, readonly UiGroup[]> = {
	'/[lang=lang]': [],
	'/[lang=lang]/[module]': ['module', 'myth'],
	'/[lang=lang]/[module]/[lesson]': ['lesson', 'myth', 'references'],
	'/[lang=lang]/about': ['about'],
	'/[lang=lang]/certificate': ['certificate', 'lesson'],
	'/[lang=lang]/glossary': ['glossary', 'references'],
	'/[lang=lang]/guide': ['guide', 'references'],
	'/[lang=lang]/my-data': ['data'],
	'/[lang=lang]/settings': ['settings', 'data'],
	'/[lang=lang]/support': ['support', 'references'],
	'/[lang=lang]/trainers': ['trainers'],
	'/[lang=lang]/trainers/preview': ['preview']
};

/** Interactions that load on first use bring words of their own: a lesson page loads them only when it has one. */
export const INTERACTION_UI_GROUPS: Record<string, readonly UiGroup[]> = {
	similarityLab: ['lab'],
	kAnonymityLab: ['lab'],
	redFlagLab: ['lab', 'redFlag'],
	capstonePlan: ['plan']
};

/** The groups a lesson's page loads: the lesson route's, and those of the interactions its steps use. */
export function lessonUiGroups(interactionTypes: Iterable<string>): UiGroup[] {
	const groups = new Set<UiGroup>(ROUTE_UI_GROUPS['/[lang=lang]/[module]/[lesson]']);
	for (const type of interactionTypes) for (const group of INTERACTION_UI_GROUPS[type] ?? []) groups.add(group);
	return [...groups];
}
