import { gzipSync } from 'node:zlib';
import { bundleCourse, type LoadedCourse } from '../src/lib/content/load-content';

/**
 * What illustrations add to each page that has any, in one language: gzip -9 of their inline SVG
 * markup together (the module covers on the home page, a module's cover on its page, a lesson's
 * step pictures on the lesson page). Content in the HTML and the page's data, never JS.
 */
export function measureIllustrations(course: LoadedCourse, language = course.definition.languages[0]!) {
	const { outlines, lessons } = bundleCourse(course);
	const outline = outlines.find((o) => o.language === language)!;
	const gzip = (parts: string[]) => ({
		count: parts.length,
		raw: parts.join('').length,
		gzip: gzipSync(parts.join(''), { level: 9 }).length
	});
	const covers = outline.modules.flatMap((m) => (m.cover ? [m.cover] : []));
	return [
		{ page: `/${language}/`, ...gzip(covers) },
		...outline.modules.flatMap((m) => (m.cover ? [{ page: `/${language}/${m.id}/`, ...gzip([m.cover]) }] : [])),
		...lessons
			.filter((l) => l.language === language && l.illustrations)
			.map((l) => ({ page: `/${language}/${l.moduleId}/${l.lesson.id}/`, ...gzip(Object.values(l.illustrations!)) }))
	];
}
