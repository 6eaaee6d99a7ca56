import { dirname, relative, resolve } from 'node:path';

/**
 * The architecture's layer rule as one ESLint rule. Every import a file makes (static, `export …
 * from`, a dynamic `import()` of a literal) is turned into one name before it is judged: a package
 * keeps its name ("dexie", "svelte/store"), and a project file becomes its path from the root,
 * whether it was written relative ("../tracking/tracker") or through SvelteKit's alias
 * ("$lib/tracking/tracker"): both give "src/lib/tracking/tracker". So one pattern catches every way
 * of writing the same import, and no layer can be left by a path the rule forgot.
 *
 * Options: a list of layers, each `{ name, files, except?, forbid, message }` where `files` and
 * `except` are regular expressions on the linted file's path from the root, and `forbid` a list of
 * regular expressions on the import's name. Type-only imports are allowed: they are erased before
 * anything runs or ships, so a component may name the machine's event type. Every layer a file belongs to applies (a component is
 * also part of the player), which separate ESLint config blocks could not do: a later block's
 * options for a rule replace an earlier one's.
 */
const root = process.cwd();

/** "$lib/x" and "./x" become "src/lib/x"; packages and SvelteKit's "$app/…" keep their name. */
function importName(source, filename) {
	if (source.startsWith('$lib/') || source === '$lib') return 'src/lib' + source.slice(4);
	if (source.startsWith('.'))
		return relative(root, resolve(dirname(filename), source))
			.split('\\')
			.join('/');
	return source;
}

const compile = (layers) =>
	layers.map((layer) => ({
		...layer,
		files: new RegExp(layer.files),
		except: layer.except ? new RegExp(layer.except) : undefined,
		forbid: layer.forbid.map((pattern) => new RegExp(pattern))
	}));

export default {
	meta: {
		type: 'problem',
		docs: { description: 'Keep each layer to the imports it may make (see eslint.config.js)' },
		schema: [{ type: 'array', items: { type: 'object' } }],
		messages: { forbidden: '{{layer}} may not import "{{source}}" ({{name}}): {{message}}' }
	},
	create(context) {
		const file = relative(root, context.filename).split('\\').join('/');
		const layers = compile(context.options[0] ?? []).filter((l) => l.files.test(file) && !l.except?.test(file));
		if (layers.length === 0) return {};
		const check = (node, parent) => {
			if (!node || parent.importKind === 'type' || parent.exportKind === 'type') return;
			if (parent.specifiers?.length > 0 && parent.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type')) return;
			const source =
				node.type === 'Literal'
					? node.value
					: node.type === 'TemplateLiteral' && node.expressions.length === 0
						? node.quasis[0].value.cooked
						: undefined;
			if (typeof source !== 'string') return;
			const name = importName(source, context.filename);
			for (const layer of layers) {
				if (layer.forbid.some((pattern) => pattern.test(name))) {
					context.report({ node, messageId: 'forbidden', data: { layer: layer.name, source, name, message: layer.message } });
				}
			}
		};
		return {
			ImportDeclaration: (node) => check(node.source, node),
			ExportNamedDeclaration: (node) => check(node.source, node),
			ExportAllDeclaration: (node) => check(node.source, node),
			ImportExpression: (node) => check(node.source, node)
		};
	}
};
