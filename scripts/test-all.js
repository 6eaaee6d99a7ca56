// `npm test`: every check and every test, in the order a failure is cheapest to read, ending
// with one plain line "N passed, N failed" (what CI reads). Each stage runs even if an earlier
// one failed, so one run shows everything that is wrong. Exit code 1 if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const out = mkdtempSync(join(tmpdir(), 'course-tests-'));
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
	console.log(`\n── ${label} ──`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

/** A stage that is one check: it passes or fails as a whole. */
function check(label, command, args, env) {
	if (run(label, command, args, env)) passed++;
	else {
		failed++;
		failures.push(label);
	}
}

/** A vitest run: each test counts, read from its JSON report. */
function vitest(label, args) {
	const report = join(out, `${label.replace(/\W+/g, '-')}.json`);
	const ok = run(label, bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
	if (!existsSync(report)) {
		failed++;
		failures.push(`${label} (no report)`);
		return;
	}
	const r = JSON.parse(readFileSync(report, 'utf8'));
	passed += r.numPassedTests;
	failed += r.numFailedTests;
	if (r.numFailedTests || !ok) failures.push(label);
	// A suite that fails to load has no tests to count but must still fail the run.
	if (!ok && r.numFailedTests === 0) failed++;
}

// System tools and fonts the browser tests need; the machine's package manager installs them when missing.
const hasFont = (lang) => (spawnSync('fc-list', [`:lang=${lang}`], { encoding: 'utf8' }).stdout ?? '').trim() !== '';
if (
	!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') ||
	spawnSync('which', ['xmllint']).status !== 0 ||
	!['vi', 'ar', 'zh'].every(hasFont)
) {
	check('install Chromium, xmllint and fonts (apt)', 'bash', ['scripts/install-system-deps.sh']);
}

check('format (prettier)', bin('prettier'), ['--check', '.']);
check('lint (eslint)', bin('eslint'), ['.']);
check('types (svelte-check)', 'npm', ['run', '--silent', 'check']);
vitest('unit and content tests', []);
check('build the site and the LMS packages', 'npm', ['run', '--silent', 'build']);
vitest('end-to-end tests (Chromium)', ['-c', 'vitest.e2e.config.ts']);

console.log(`\n${failures.length ? `Failed: ${failures.join('; ')}` : 'Everything passed.'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
