import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOUNDARY_CASES } from '../fixtures/layer-boundaries';

// The project's own eslint.config.js, so the test proves the rule as configured, not a copy of it.
const eslint = new ESLint();

describe('the layer rule (eslint.config.js)', () => {
	// Loading the config and its parsers takes seconds on a busy machine; once, before the cases.
	beforeAll(() => eslint.lintText('\n', { filePath: 'src/lib/course/warm-up.ts' }), 60_000);

	it.each(BOUNDARY_CASES)('in $file, $code → $fires', async ({ file, code, fires }) => {
		const [result] = await eslint.lintText(code + '\n', { filePath: file });
		const boundaryRules = ['local/layer-boundaries', 'no-restricted-globals'];
		const fired = result!.messages.filter((m) => boundaryRules.includes(m.ruleId ?? '')).map((m) => m.ruleId);
		expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
		expect(fired).toEqual(fires ? [fires] : []);
	});
});
