import { isAnswerable } from './interactions';
import type { InteractionType, Lesson, Step } from './types';

/** What a lesson card says a lesson is, with an icon and a word: the four kinds of issue #15. */
export const LESSON_KINDS = ['reading', 'scenario', 'lab', 'quiz'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

/**
 * What each interaction type makes of its lesson. A Record over every type, so a new interaction
 * cannot ship without saying whether it turns a lesson into a lab. The capstone plan counts as a lab:
 * like the data labs, the learner builds something and the course checks it, which is what the card
 * promises; a question of any kind leaves a lesson a reading (most readings end their steps with one).
 */
const KIND_OF_TYPE: Record<InteractionType, 'lab' | 'decision' | null> = {
	continue: null,
	end: null,
	singleChoice: null,
	multipleResponse: null,
	trueFalse: null,
	matching: null,
	categorise: null,
	ordering: null,
	scenarioChoice: 'decision',
	similarityLab: 'lab',
	kAnonymityLab: 'lab',
	redFlagLab: 'lab',
	capstonePlan: 'lab'
};

/**
 * A question asked on a chart is data work too: the learner reads the figures to answer, which is
 * why the course (README, facilitator's guide) counts "reading the numbers" among its labs. A chart
 * on a text page only illustrates it.
 */
const stepKind = (step: Step) => KIND_OF_TYPE[step.interaction.type] ?? (step.figure && isAnswerable(step.interaction) ? 'lab' : null);

/**
 * A scenario is a story the learner steers: two decision points or more. Most readings and case
 * studies pause once for a decision that branches to its own debrief; calling all of them scenarios
 * would leave the word meaning nothing on the module page.
 */
const SCENARIO_DECISIONS = 2;

/**
 * Lessons carry no kind field: the kind follows from what the lesson's steps do, so content
 * authors cannot let a label drift from the lesson it names. The module quiz first, then a lab, then
 * a scenario, otherwise a reading.
 */
export function lessonKind(lesson: Pick<Lesson, 'quiz' | 'steps'>): LessonKind {
	if (lesson.quiz) return 'quiz';
	const kinds = Object.values(lesson.steps).map(stepKind);
	if (kinds.includes('lab')) return 'lab';
	if (kinds.filter((k) => k === 'decision').length >= SCENARIO_DECISIONS) return 'scenario';
	return 'reading';
}
