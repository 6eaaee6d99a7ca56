import type { Frame, Page } from 'playwright-core';
import { classify } from '../../src/lib/course/classify';
import { answerSpecFor } from '../../src/lib/course/interactions';
import { authoringFor } from '../../src/lib/course/interactions/authoring';
import type { LessonBundle } from '../../src/lib/content/bundle';
import type { Answer, AnswerableInteraction } from '../../src/lib/course/types';
import { button, continueStep, shownStep, ui, type Lang } from './browser';

/**
 * The answer the lesson data marks right: the interaction's own solution, or (labs and plans, where
 * many answers are right) the first of its authoring sample answers that the rubric accepts.
 */
export function rightAnswer(interaction: AnswerableInteraction): Answer {
	const solution = answerSpecFor(interaction).solution(interaction);
	if (solution !== undefined) return solution;
	const samples = authoringFor(interaction).sampleAnswers(interaction);
	return samples.find((answer) => classify(interaction, answer).outcome.correct === true) ?? samples[0]!;
}

/** An answer the lesson data marks wrong, for questions (used to fail a quiz on purpose). */
export function wrongAnswer(interaction: AnswerableInteraction): Answer {
	const right = rightAnswer(interaction);
	switch (interaction.type) {
		case 'trueFalse':
			return !right;
		case 'singleChoice':
			return interaction.choices.find((c) => c !== right)!;
		case 'multipleResponse':
			return [interaction.choices.find((c) => !(right as string[]).includes(c)) ?? interaction.choices[0]!];
		case 'matching':
		case 'categorise': {
			const targets = interaction.type === 'matching' ? interaction.targets : interaction.categories;
			const pairs = right as Record<string, string>;
			return Object.fromEntries(interaction.items.map((item) => [item, targets.find((t) => t !== pairs[item])!]));
		}
		case 'ordering':
			return [...(right as string[])].reverse();
		default:
			throw new Error(`no wrong answer for ${interaction.type}`);
	}
}

type Target = Page | Frame;
const player = (page: Target) => page.locator('article.player');

/** Gives an answer with the keyboard only: focus and Space on radios and boxes, arrow moves, typed text. */
export async function giveAnswer(page: Target, stepId: string, interaction: AnswerableInteraction, answer: Answer) {
	// Shuffled options stay hidden until the attempt's seed is known (stored progress read): focus needs them shown.
	await player(page).locator('form[data-order="shown"]').waitFor();
	const press = async (selector: string, key = 'Space') => {
		const element = player(page).locator(selector);
		await element.focus();
		await element.press(key);
	};
	switch (interaction.type) {
		case 'matching':
			for (const [item, target] of Object.entries(answer as Record<string, string>))
				await player(page).locator(`select[id="${stepId}-${item}"]`).selectOption(target);
			return;
		case 'categorise':
			for (const [item, category] of Object.entries(answer as Record<string, string>))
				await press(`input[name="${stepId}-${item}"][value="${category}"]`);
			return;
		case 'ordering': {
			const wanted = answer as string[];
			for (let position = 0; position < wanted.length; position++) {
				const current = await player(page)
					.locator('fieldset.ordering li')
					.evaluateAll((items) => items.map((li) => li.getAttribute('data-item')));
				for (let at = current.indexOf(wanted[position]!); at > position; at--)
					await press(`fieldset.ordering li:nth-child(${at + 1}) button[data-move="-1"]`, 'Enter');
			}
			return;
		}
		case 'kAnonymityLab': {
			const selects = player(page).locator('fieldset.levels select');
			const levels = Object.values(answer as Record<string, string>);
			for (let i = 0; i < levels.length; i++) await selects.nth(i).selectOption(levels[i]!);
			return;
		}
		case 'redFlagLab':
			// One native select per indicator weight and one for the review score.
			for (const [key, value] of Object.entries(answer as Record<string, string>))
				await player(page).locator(`select[id="${stepId}-${key}"]`).selectOption(value);
			return;
		case 'capstonePlan': {
			const plan = answer as Record<string, string | string[]>;
			for (const field of ['problem', 'partners', 'method', 'success']) {
				await player(page).locator(`textarea[id="${stepId}-${field}"]`).focus();
				await page.locator(`textarea[id="${stepId}-${field}"]`).pressSequentially(plan[field] as string);
			}
			for (const list of ['sources', 'risks', 'safeguards'])
				for (const id of plan[list] as string[]) await press(`input[name="${stepId}-${list}"][value="${id}"]`);
			return;
		}
		case 'trueFalse':
			return press(`input[value="${String(answer)}"]`);
		default:
			for (const id of Array.isArray(answer) ? answer : [String(answer)]) await press(`input[value="${id}"]`);
	}
}

/**
 * Plays the open lesson (or quiz attempt) to its end with the keyboard, every answer right; the
 * lesson data comes from the built site, as the app itself fetches it.
 */
export const playLessonRight = (page: Target, lang: Lang, bundle: LessonBundle, maxSteps = 80) =>
	playLesson(page, lang, bundle, rightAnswer, maxSteps);

/** Plays the open lesson (or quiz attempt) to its end with the keyboard, giving `answer`'s answer at each question once. */
export async function playLesson(
	page: Target,
	lang: Lang,
	bundle: LessonBundle,
	answer: (interaction: AnswerableInteraction) => Answer,
	maxSteps = 80
) {
	// Right after a link the previous lesson may still be on screen for a moment: wait for this one.
	const note = button(page, ui[lang]['lesson.contentNoteContinue']);
	const mine = page.locator(`article.player[data-lesson="${bundle.lesson.id}"]`);
	await note.or(mine).first().waitFor();
	if (await note.isVisible()) await note.press('Enter');
	await mine.waitFor();
	for (let i = 0; i < maxSteps; i++) {
		const { step, phase } = await shownStep(page);
		if (phase === 'completed') return;
		const interaction = bundle.lesson.steps[step!]!.interaction;
		if (phase === 'presenting' && interaction.type !== 'continue' && interaction.type !== 'end') {
			await giveAnswer(page, step!, interaction, answer(interaction));
			await button(page, ui[lang]['lesson.check']).press('Enter');
			await player(page)
				.and(page.locator('[data-phase="feedback"]'))
				.waitFor()
				.catch(async (error: Error) => {
					throw new Error(`${bundle.lesson.id} › ${step}: no feedback after Check (${await whyNoFeedback(page)})`, { cause: error });
				});
			continue;
		}
		await continueStep(page, lang);
	}
	throw new Error('the lesson did not end');
}

/** What a learner would see when Check seems to do nothing: for a failure message that can be acted on. */
async function whyNoFeedback(page: Target): Promise<string> {
	return page
		.locator('body')
		.evaluate(() => {
			const player = document.querySelector('article.player');
			const check = player?.querySelector<HTMLButtonElement>('.check button');
			const run = document.querySelector('.lesson-run')?.getAttribute('data-run');
			const notices = [...document.querySelectorAll('[role="status"], [role="alert"], .notice')]
				.map((n) => n.textContent?.trim())
				.filter(Boolean);
			return `phase ${player?.getAttribute('data-phase')}, step ${player?.getAttribute('data-step')}, run ${run}, Check ${check ? (check.disabled ? 'disabled' : 'enabled') : 'absent'}, checked inputs ${player?.querySelectorAll('input:checked').length ?? 0}, notices ${JSON.stringify(notices)}`;
		})
		.catch((error: Error) => `page unreadable: ${error.message}`);
}
