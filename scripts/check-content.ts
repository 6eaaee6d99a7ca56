/**
 * `npm run content:check [-- [--drafts] modulesDir]`: the build's content checks alone, with every
 * problem listed by file and field. Exit code 1 when there is any. `--drafts` also checks lesson
 * folders not yet listed in their module.json.
 */
import { resolve } from 'node:path';
import { ContentError, bundleCourse, loadCourse } from '../src/lib/content/load-content';
import { referenceLinkProblems } from '../src/lib/content/reference-links';

const args = process.argv.slice(2);
const drafts = args.includes('--drafts');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'modules');
try {
	const course = loadCourse(dir, { drafts });
	const { lessons } = bundleCourse(course);
	// Transitional: the link rules fail the build once every module's references pass them.
	const links = course.modules.flatMap((m) =>
		m.lessons.flatMap(({ lesson }) =>
			lesson.references.flatMap((ref, i) =>
				referenceLinkProblems(ref).map((p) => `  ${m.definition.id}/${lesson.id} › references[${i}].${p.field}: ${p.message}`)
			)
		)
	);
	if (links.length)
		console.warn(`${links.length} reference link(s) break the source rules (modules/README.md, "References"):\n${links.join('\n')}`);
	console.log(
		`content ok: ${course.modules.length} modules, ${lessons.length / course.definition.languages.length} lessons, ${course.definition.languages.join('/')} (version ${course.version})`
	);
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
