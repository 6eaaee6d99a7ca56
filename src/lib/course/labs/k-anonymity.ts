import type { GeneralisedColumn, TableRow } from '../types';

/** Column id → chosen generalisation level (exact, band-5, group, hidden, …). */
export type Levels = Record<string, string>;

export const NUMBER_LEVELS = ['exact', 'band-5', 'band-10', 'band-20', 'hidden'] as const;
export const CATEGORY_LEVELS = ['exact', 'group', 'hidden'] as const;
export const HIDDEN = '*';

export const quasiIdentifiers = (columns: GeneralisedColumn[]) => columns.filter((c) => !c.sensitive);

/** A value as published at a level: a 10-year band shows "20–29", a suppressed value "*". */
export function generalise(value: string | number, column: GeneralisedColumn, level: string): string {
	if (level === 'hidden') return HIDDEN;
	if (column.kind === 'number') {
		const band = /^band-(\d+)$/.exec(level);
		if (!band) return String(value);
		const width = Number(band[1]);
		const low = Math.floor(Number(value) / width) * width;
		return `${low}–${low + width - 1}`;
	}
	if (level === 'group') return column.groups?.[String(value)] ?? HIDDEN;
	return String(value);
}

export interface EquivalenceClass {
	/** The generalised quasi-identifier values the rows share. */
	values: string[];
	/** Row indexes. */
	rows: number[];
}

/** Rows that look the same once generalised: an attacker cannot tell them apart. */
export function equivalenceClasses(rows: TableRow[], columns: GeneralisedColumn[], levels: Levels): EquivalenceClass[] {
	const qis = quasiIdentifiers(columns);
	const classes = new Map<string, EquivalenceClass>();
	rows.forEach((row, index) => {
		const values = qis.map((c) => generalise(row[c.id]!, c, levels[c.id] ?? 'exact'));
		const key = JSON.stringify(values);
		const found = classes.get(key);
		if (found) found.rows.push(index);
		else classes.set(key, { values, rows: [index] });
	});
	return [...classes.values()];
}

/** k: the size of the smallest class. An empty table has no k (0). */
export function kOf(rows: TableRow[], columns: GeneralisedColumn[], levels: Levels): number {
	const classes = equivalenceClasses(rows, columns, levels);
	return classes.length === 0 ? 0 : Math.min(...classes.map((c) => c.rows.length));
}

/** Share of detail kept, 1 = everything exact, 0 = every quasi-identifier hidden. */
export function detailKept(columns: GeneralisedColumn[], levels: Levels): number {
	const qis = quasiIdentifiers(columns);
	if (qis.length === 0) return 1;
	const kept = qis.map((c) => 1 - c.levels.indexOf(levels[c.id] ?? 'exact') / Math.max(1, c.levels.length - 1));
	return kept.reduce((a, b) => a + b, 0) / qis.length;
}

/**
 * Classes whose rows all share the same sensitive value: k-anonymous, yet anyone who can place
 * a person in the class learns that value (the homogeneity attack).
 */
export function homogeneousClasses(rows: TableRow[], columns: GeneralisedColumn[], levels: Levels): EquivalenceClass[] {
	const sensitive = columns.filter((c) => c.sensitive);
	if (sensitive.length === 0) return [];
	return equivalenceClasses(rows, columns, levels).filter(
		(cls) => cls.rows.length > 1 && sensitive.some((c) => new Set(cls.rows.map((r) => String(rows[r]![c.id]))).size === 1)
	);
}

/** Every combination of levels, for checks and for finding what a target needs. */
export function allLevelChoices(columns: GeneralisedColumn[]): Levels[] {
	return quasiIdentifiers(columns).reduce<Levels[]>(
		(acc, column) => acc.flatMap((levels) => column.levels.map((level) => ({ ...levels, [column.id]: level }))),
		[{}]
	);
}

/** The most detail that still reaches k, or undefined when only suppression would. */
export function bestChoiceFor(rows: TableRow[], columns: GeneralisedColumn[], k: number, allowHidden = true): Levels | undefined {
	const candidates = allLevelChoices(columns).filter(
		(levels) => (allowHidden || !Object.values(levels).includes('hidden')) && kOf(rows, columns, levels) >= k
	);
	return candidates.sort((a, b) => detailKept(columns, b) - detailKept(columns, a))[0];
}
