import type { Answer } from '../types';
import type { AnswerCodec } from './spec';

/**
 * Answer codecs built from an interaction's own lists: an answer travels as positions in the
 * canonical (unshuffled) list, never as ids or display positions, so it stays a few characters.
 */

function position(list: readonly string[], id: string): number {
	const at = list.indexOf(id);
	if (at === -1) throw new Error(`"${id}" is not in the list`);
	return at;
}

export function pick<T>(list: readonly T[], index: number): T {
	const value = list[index];
	if (value === undefined) throw new Error('index out of range');
	return value;
}

/** A subset of a list as one number: bit n is the list's n-th id. */
export const mask = (ids: readonly string[], all: readonly string[]) => ids.reduce((sum, id) => sum + 2 ** position(all, id), 0);
export const unmask = (value: number, all: readonly string[]) => all.filter((_, i) => Math.floor(value / 2 ** i) % 2 === 1);

type ListOf<I> = (interaction: I) => readonly string[];

/** One id of a list. */
export const oneId = <I>(listOf: ListOf<I>): AnswerCodec<I> => ({
	encode: (out, i, answer) => out.int(position(listOf(i), answer as string)),
	decode: (input, i) => pick(listOf(i), input.int())
});

/** Some ids of a list, in list order. */
export const someIds = <I>(listOf: ListOf<I>): AnswerCodec<I> => ({
	encode: (out, i, answer) => out.int(mask(answer as string[], listOf(i))),
	decode: (input, i) => unmask(input.int(), listOf(i))
});

/** Every id of a list, in the learner's order. */
export const orderOfIds = <I>(listOf: ListOf<I>): AnswerCodec<I> => ({
	encode: (out, i, answer) => (answer as string[]).forEach((id) => out.int(position(listOf(i), id))),
	decode: (input, i) => listOf(i).map(() => pick(listOf(i), input.int()))
});

/** A record key → one id of a list, for every key (item → target, column → level). */
export const recordOfIds = <I>(keysOf: ListOf<I>, valuesOf: (interaction: I, key: string) => readonly string[]): AnswerCodec<I> => ({
	encode: (out, i, answer) =>
		keysOf(i).forEach((key) => out.int(position(valuesOf(i, key), (answer as Record<string, string>)[key] ?? ''))),
	decode: (input, i): Answer => Object.fromEntries(keysOf(i).map((key) => [key, pick(valuesOf(i, key), input.int())]))
});
