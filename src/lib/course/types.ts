/**
 * The course model. Structure is language-neutral; every learner-facing string lives in the
 * per-language text files, under the keys that `text-keys.ts` derives from this structure.
 */

export const LANGUAGES = ['fr', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export type StepId = string;

export interface Reference {
	id: string;
	publisher: string;
	title: string;
	year: string;
	url: string;
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

export type Rule =
	| { type: 'equals'; value: string | boolean }
	| { type: 'equalsSet'; values: string[] }
	| { type: 'containsAll'; values: string[] }
	| { type: 'containsAny'; values: string[] };

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
}

export interface MultipleResponseInteraction extends QuestionBase {
	type: 'multipleResponse';
	choices: string[];
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

export type QuestionInteraction = SingleChoiceInteraction | MultipleResponseInteraction | TrueFalseInteraction;

export type AnswerableInteraction = QuestionInteraction | ScenarioChoiceInteraction;

export type Interaction = AnswerableInteraction | ContinueInteraction | EndInteraction;

export type InteractionType = Interaction['type'];

export interface Step {
	id: StepId;
	interaction: Interaction;
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
}

export interface ModuleDefinition {
	id: string;
	number: number;
	lessons: string[];
}

export interface CourseDefinition {
	id: string;
	schemaVersion: 1;
	sourceLanguage: Language;
	languages: Language[];
	modules: string[];
}

/** A learner's answer: a choice id, a set of choice ids, or true/false. */
export type Answer = string | string[] | boolean;

export interface Classification {
	outcome: Outcome;
	/** Index of the matching answer group (or scenario option); null for the default outcome. */
	group: number | null;
}
