/**
 * What XSDs cannot see: the manifest at the root, references that resolve, files that exist,
 * unique identifiers, no path leaving the package, and a schema version that matches the
 * namespaces. Reads the manifest as text (our writer's subset of XML) and the zip's file list.
 */

interface Tag {
	name: string;
	attributes: Record<string, string>;
}

function tags(xml: string): Tag[] {
	const out: Tag[] = [];
	for (const match of xml.matchAll(/<([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*\/?>/g)) {
		const attributes: Record<string, string> = {};
		for (const a of match[2]!.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attributes[a[1]!] = a[2]!;
		out.push({ name: match[1]!, attributes });
	}
	return out;
}

const unsafePath = (path: string) => /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/') || path.split('/').includes('..');

export function checkPackage(files: string[], manifestName = 'imsmanifest.xml', xml?: string): string[] {
	const problems: string[] = [];
	if (!files.includes(manifestName)) return [`${manifestName} is not at the root of the package`];
	if (xml === undefined) return problems;
	const all = tags(xml);
	const ids = new Map<string, number>();
	for (const tag of all) {
		const id = tag.attributes.identifier;
		if (id) ids.set(id, (ids.get(id) ?? 0) + 1);
	}
	for (const [id, count] of ids) if (count > 1) problems.push(`identifier "${id}" is used ${count} times`);
	const resources = new Set(all.filter((t) => t.name === 'resource').map((t) => t.attributes.identifier));
	for (const tag of all) {
		const ref = tag.attributes.identifierref;
		if (ref !== undefined && !resources.has(ref)) problems.push(`<${tag.name}> identifierref="${ref}" names no resource`);
		const href = tag.attributes.href;
		if (href === undefined) continue;
		if (unsafePath(href)) problems.push(`<${tag.name}> href="${href}" is absolute or leaves the package`);
		else if (!files.includes(decodeURI(href))) problems.push(`<${tag.name}> href="${href}" is not in the package`);
	}
	const manifest = all.find((t) => t.name === 'manifest');
	const version = /<schemaversion>([^<]*)<\/schemaversion>/.exec(xml)?.[1];
	const ns = manifest?.attributes.xmlns;
	if (ns === 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' && version !== '1.2')
		problems.push(`schemaversion "${version}" does not match SCORM 1.2 namespaces`);
	if (ns === 'http://www.imsglobal.org/xsd/imscp_v1p1' && version !== '2004 4th Edition')
		problems.push(`schemaversion "${version}" does not match SCORM 2004 4th Edition namespaces`);
	if (!all.some((t) => t.name === 'title')) problems.push('the manifest has no title');
	const sco = all.find((t) => t.name === 'resource' && (t.attributes['adlcp:scormtype'] ?? t.attributes['adlcp:scormType']) === 'sco');
	if (!sco) problems.push('no resource is a SCO');
	return problems;
}

/** URLs in the launch page that would load something from outside the package. */
export function launchPageLeaks(html: string): string[] {
	return [...html.matchAll(/(?:href|src)="([^"]*)"|import\("([^"]*)"\)/g)]
		.map((m) => m[1] ?? m[2]!)
		.filter((url) => url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(url));
}
