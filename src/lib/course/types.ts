/**
 * The course model. Structure is language-neutral; every learner-facing string lives in the
 * per-language text files, under the keys that `text-keys.ts` derives from this structure.
 */

export const LANGUAGES = ['fr', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export type StepId = string;

/** One value for every language, or one per language (the keys are course languages). */
export type PerLanguage<T> = T | Partial<Record<Language, T>>;

/**
 * A source shown to the learner. `url` is one page for everyone, or the page per language (the
 * key says the page's language, so a learner who gets another language's page is told so). A
 * reference with no original page online has no `url` and says why in `noLink`.
 */
export interface Reference {
	id: string;
	publisher: PerLanguage<string>;
	/** The cited page's own title, in the page's language. */
	title: PerLanguage<string>;
	/** A four-digit year, or "n.d." only when the source gives no date. */
	year: string;
	url?: PerLanguage<string>;
	/** Why there is no link (for authors and reviewers; the learner sees "no link available"). */
	noLink?: string;
	/** Read only in a secondary report (a summary, a news story): the learner sees the label. */
	secondary?: boolean;
	/** An archived copy (e.g. Library and Archives Canada's web archive) of a page now gone. */
	archived?: boolean;
	/** Where the fact sheet records it, e.g. "module1-facts S3": keeps content reviewable. */
	brief?: string;
}

/** What happens after an answer. `correct` undefined means a neutral (unscored) choice. */
export interface Outcome {
	feedback: string;
	correct?: boolean;
	next?: StepId;
	misconception?: string;
}

/** Item id → target or category id: the answer to matching and categorise questions. */
export type Pairs = Record<string, string>;

export type Rule =
	| { type: 'equals'; value: string | boolean }
	| { type: 'equalsSet'; values: string[] }
	| { type: 'containsAll'; values: string[] }
	| { type: 'containsAny'; values: string[] }
	| { type: 'pairsEqual'; pairs: Pairs }
	| { type: 'pairsInclude'; pairs: Pairs }
	| { type: 'orderEquals'; values: string[] }
	| { type: 'placedBefore'; values: [string, string] }
	| { type: 'kAtLeast'; value: number }
	| { type: 'levelIs'; column: string; level: string };

export interface AnswerGroup {
	rules: Rule[];
	outcome: Outcome;
}

interface QuestionBase {
	/** Step to go to after the question when the outcome names none. */
	next: StepId;
	answerGroups: AnswerGroup[];
	defaultOutcome: Outcome;
	maxAttempts: number;
	points: number;
	hint: boolean;
}

export interface SingleChoiceInteraction extends QuestionBase {
	type: 'singleChoice';
	choices: string[];
	/** Ids that keep their written place when the list is shuffled for a learner ("none of these" last). */
	pinned?: string[];
}

export interface MultipleResponseInteraction extends QuestionBase {
	type: 'multipleResponse';
	choices: string[];
	/** Ids that keep their written place when the list is shuffled for a learner ("none of these" last). */
	pinned?: string[];
}

export interface TrueFalseInteraction extends QuestionBase {
	type: 'trueFalse';
}

export interface ScenarioOption {
	id: string;
	outcome: Outcome & { next: StepId };
}

export interface ScenarioChoiceInteraction {
	type: 'scenarioChoice';
	options: ScenarioOption[];
	points: number;
}

export interface ContinueInteraction {
	type: 'continue';
	next: StepId;
}

export interface EndInteraction {
	type: 'end';
}

export interface MatchingInteraction extends QuestionBase {
	type: 'matching';
	items: string[];
	targets: string[];
	/** Ids that keep their written place when the list is shuffled for a learner ("none of these" last). */
	pinned?: string[];
}

export interface CategoriseInteraction extends QuestionBase {
	type: 'categorise';
	items: string[];
	categories: string[];
	/** Ids that keep their written place when the list is shuffled for a learner ("none of these" last). */
	pinned?: string[];
}

export interface OrderingInteraction extends QuestionBase {
	type: 'ordering';
	items: string[];
	/** Ids that keep their written place when the list is shuffled for a learner ("none of these" last). */
	pinned?: string[];
}

/** Near-duplicate ads: the learner explores similarity live, then ticks the ads they judge linked. */
export interface SimilarityLabInteraction extends QuestionBase {
	type: 'similarityLab';
	choices: string[];
	shingleSize: number;
	threshold: { start: number; suggested: number };
}

export interface GeneralisedColumn {
	id: string;
	kind: 'number' | 'category';
	levels: string[];
	groups?: Record<string, string>;
	sensitive: boolean;
}

export type TableRow = Record<string, string | number>;

export interface KAnonymityLabInteraction extends QuestionBase {
	type: 'kAnonymityLab';
	targetK: number;
	columns: GeneralisedColumn[];
	rows: TableRow[];
}

export const PLAN_FIELDS = ['problem', 'partners', 'method', 'success'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export interface CapstonePlanInteraction {
	type: 'capstonePlan';
	next: StepId;
	sources: string[];
	unsafeSources: string[];
	risks: string[];
	safeguards: string[];
	/** Which safeguards address each risk. */
	covers: Record<string, string[]>;
	requiredSafeguards: string[];
	points: number;
	maxAttempts: number;
}

/** One red flag of the red-flag lab: it fires on an account whose count reaches `min` (e.g. 4 night-time cash moves). */
export interface RedFlagIndicator {
	id: string;
	min: number;
}

/** A synthetic account: its counts per indicator over the period, and whether the (fictional) case is linked to it. */
export interface RedFlagAccount {
	id: string;
	linked: boolean;
	/** Transactions in the period, all kinds: the table's context column. */
	transactions: number;
	counts: Record<string, number>;
}

/** Red-flag transactions: the learner weights indicators and sets a review score, live counts show who gets flagged. */
export interface RedFlagLabInteraction {
	type: 'redFlagLab';
	next: StepId;
	indicators: RedFlagIndicator[];
	accounts: RedFlagAccount[];
	/** The target: every linked account flagged, with at most this many accounts with no link. */
	maxInnocent: number;
	points: number;
	maxAttempts: number;
}

export type QuestionInteraction =
	| SingleChoiceInteraction
	| MultipleResponseInteraction
	| TrueFalseInteraction
	| MatchingInteraction
	| CategoriseInteraction
	| OrderingInteraction
	| SimilarityLabInteraction
	| KAnonymityLabInteraction;

export type AnswerableInteraction = QuestionInteraction | ScenarioChoiceInteraction | CapstonePlanInteraction | RedFlagLabInteraction;

export type Interaction = AnswerableInteraction | ContinueInteraction | EndInteraction;

export type InteractionType = Interaction['type'];

/** What a chart's numbers count; each has a UI string (`figure.unit.<unit>`). */
export const FIGURE_UNITS = ['people', 'cases', 'incidents', 'percent'] as const;

export interface BarChartFigure {
	type: 'barChart';
	unit: (typeof FIGURE_UNITS)[number];
	bars: { id: string; value: number; low?: number; high?: number }[];
}

export interface Step {
	id: StepId;
	interaction: Interaction;
	figure?: BarChartFigure;
	/** An SVG in the module's illustrations/ folder, by name (modules/README.md, "Illustrations"). */
	illustration?: string;
}

export interface QuizSettings {
	/** Questions drawn per attempt. */
	draw: number;
	/** Share of points needed to pass, 0–1. */
	passMark: number;
}

export interface Lesson {
	id: string;
	schemaVersion: 1;
	estimatedMinutes: number;
	/** Touches violence or sexual exploitation: a content note with a way to skip comes first. */
	sensitive: boolean;
	initialStepId: StepId;
	steps: Record<StepId, Step>;
	references: Reference[];
	/** Present on a module quiz: its steps are a bank that each attempt draws from. */
	quiz?: QuizSettings;
}

export interface ModuleDefinition {
	id: string;
	number: number;
	lessons: string[];
	/** Myth ids that lessons may tag wrong answers with; text in the module's locales. */
	misconceptions: string[];
}

export interface CourseDefinition {
	id: string;
	schemaVersion: 1;
	sourceLanguage: Language;
	languages: Language[];
	modules: string[];
}

/**
 * A learner's answer: a choice id, true/false, a set or an order of ids, or a record (item →
 * target for matching and categorise, column → level for the k-anonymity lab, field → text or
 * ticked ids for a capstone plan).
 */
export type Answer = string | string[] | boolean | Record<string, string | string[]>;

export interface Classification {
	outcome: Outcome;
	/** Index of the matching answer group (or scenario option); null for the default outcome. */
	group: number | null;
}
