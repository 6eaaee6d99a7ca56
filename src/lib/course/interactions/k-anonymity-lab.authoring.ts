import { allLevelChoices, CATEGORY_LEVELS, NUMBER_LEVELS, quasiIdentifiers } from '../labs/k-anonymity';
import { array, boolean, exactly, id, number, object, oneOf, optional, record, union, type Parser } from '../schema-kit';
import type { GeneralisedColumn, KAnonymityLabInteraction, TableRow } from '../types';
import { allRulesHold } from './k-anonymity-lab';
import { checkRules, last, questionFields, questionTextKeys } from './question.authoring';
import type { AuthoringSpec } from './spec.authoring';

const columnParser = exactly<GeneralisedColumn>()(
	object({
		id: id(),
		kind: oneOf(['number', 'category'] as const),
		levels: optional(array(id()), []),
		groups: optional(record(id())),
		sensitive: optional(boolean(), false)
	})
);

const rowParser: Parser<TableRow> = record(union<string | number>(id(), number()));

/** Category values and group names shown in the table: each needs its text. */
export function tableValues(q: KAnonymityLabInteraction): string[] {
	const values = new Set<string>();
	for (const column of q.columns.filter((c) => c.kind === 'category')) {
		for (const row of q.rows) values.add(String(row[column.id]));
		for (const group of Object.values(column.groups ?? {})) values.add(group);
	}
	return [...values];
}

export const kAnonymityLabAuthoring: AuthoringSpec<KAnonymityLabInteraction> = {
	parser: exactly<KAnonymityLabInteraction>()(
		object({
			...questionFields('kAnonymityLab'),
			targetK: number({ integer: true, min: 2 }),
			columns: array(columnParser, { minLength: 2 }),
			rows: array(rowParser, { minLength: 2 })
		})
	),
	textKeys: (step) => questionTextKeys(step, { columns: step.interaction.columns.map((c) => c.id), values: tableValues(step.interaction) }),
	check(q, path, issues) {
		q.columns.forEach((column, c) => {
			const at = `${path}.columns[${c}]`;
			const allowed: readonly string[] = column.kind === 'number' ? NUMBER_LEVELS : CATEGORY_LEVELS;
			if (column.sensitive) {
				if (column.levels.length) issues.push({ path: `${at}.levels`, message: 'a sensitive column is never generalised: no levels' });
				return;
			}
			if (column.levels[0] !== 'exact') issues.push({ path: `${at}.levels`, message: 'must start with "exact"' });
			for (const level of column.levels)
				if (!allowed.includes(level))
					issues.push({ path: `${at}.levels`, message: `"${level}" is not a ${column.kind} level (${allowed.join(', ')})` });
			if (column.levels.includes('group'))
				for (const row of q.rows)
					if (!column.groups?.[String(row[column.id])])
						issues.push({ path: `${at}.groups`, message: `value "${String(row[column.id])}" has no group` });
		});
		q.rows.forEach((row, r) => {
			for (const column of q.columns) {
				const value = row[column.id];
				const ok = column.kind === 'number' ? typeof value === 'number' : typeof value === 'string';
				if (!ok)
					issues.push({
						path: `${path}.rows[${r}].${column.id}`,
						message: `must be a ${column.kind === 'number' ? 'number' : 'value id'}`
					});
			}
			for (const key of Object.keys(row))
				if (!q.columns.some((c) => c.id === key)) issues.push({ path: `${path}.rows[${r}].${key}`, message: 'is not a column' });
		});
		const qis = quasiIdentifiers(q.columns);
		checkRules(
			q,
			['kAtLeast', 'levelIs'],
			(rule) => {
				if (rule.type !== 'levelIs') return [];
				const column = qis.find((c) => c.id === rule.column);
				if (!column) return [`"${rule.column}" is not a quasi-identifier column`];
				return column.levels.includes(rule.level) ? [] : [`"${rule.level}" is not a level of ${rule.column}`];
			},
			path,
			issues
		);
		if (issues.length === 0 && !allLevelChoices(q.columns).some((levels) => matchesCorrect(q, levels)))
			issues.push({ path: `${path}.answerGroups`, message: 'no choice of levels reaches a correct answer group' });
	},
	sampleAnswers(q) {
		// The whole space is small (a few columns of a few levels): take the first answer for each group.
		const choices = allLevelChoices(q.columns);
		const groupOf = (levels: Record<string, string>) => q.answerGroups.findIndex((g) => allRulesHold(q, g, levels));
		const samples = q.answerGroups.map((_, i) => choices.find((levels) => groupOf(levels) === i)).filter((a) => a !== undefined);
		const miss = choices.find((levels) => groupOf(levels) === -1);
		return miss ? [...samples, miss] : samples;
	},
	widest: (q) => Object.fromEntries(quasiIdentifiers(q.columns).map((c) => [c.id, last(c.levels)]))
};

function matchesCorrect(q: KAnonymityLabInteraction, levels: Record<string, string>) {
	const index = q.answerGroups.findIndex((g) => allRulesHold(q, g, levels));
	return index !== -1 && q.answerGroups[index]!.outcome.correct === true;
}
