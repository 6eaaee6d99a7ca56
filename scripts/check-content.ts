/**
 * `npm run content:check [-- [--drafts] modulesDir]`: the build's content checks alone, with every
 * problem listed by file and field. Exit code 1 when there is any. `--drafts` also checks lesson
 * folders not yet listed in their module.json.
 */
import { resolve } from 'node:path';
import { ContentError, bundleCourse, loadCourse } from '../src/lib/content/load-content';
import { bundleGuide, hasGuide, loadGuide } from '../src/lib/content/facilitator-guide';

const args = process.argv.slice(2);
const drafts = args.includes('--drafts');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'modules');
try {
	const course = loadCourse(dir, { drafts });
	const { lessons } = bundleCourse(course);
	if (hasGuide(dir)) {
		const guide = loadGuide(dir, course);
		for (const language of course.definition.languages) bundleGuide(guide, course, language);
	}
	console.log(
		`content ok: ${course.modules.length} modules, ${lessons.length / course.definition.languages.length} lessons, ${course.definition.languages.join('/')} (version ${course.version})`
	);
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
