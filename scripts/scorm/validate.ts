import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Standard } from '../../src/lib/packaging/package-config';

export const SCHEMA_DIR = resolve('scripts/scorm/schemas');

/** Each version's namespaces and the local XSD that defines each: no network, ever. */
const IMPORTS: Record<Standard, [string, string][]> = {
	scorm12: [
		['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
		['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
		['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd']
	],
	scorm2004: [
		['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
		['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
		['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
		['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
		['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd']
	]
};

const folder = (standard: Standard) => join(SCHEMA_DIR, standard === 'scorm12' ? 'scorm12' : 'scorm2004');

/** The XSD files a package of this standard carries beside its manifest. */
export const schemaFolder = folder;

/**
 * Validates a manifest against the official XSDs with xmllint (libxml2), offline (--nonet).
 * Returns xmllint's complaints; an empty list means valid.
 */
export function validateManifestXsd(xml: string, standard: Standard): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
	cpSync(folder(standard), dir, { recursive: true });
	const wrapper = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:datajam:wrapper" elementFormDefault="qualified">
${IMPORTS[standard].map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`).join('\n')}
</xs:schema>
`;
	writeFileSync(join(dir, 'wrapper.xsd'), wrapper);
	writeFileSync(join(dir, 'imsmanifest.xml'), xml);
	try {
		execFileSync('xmllint', ['--noout', '--nonet', '--schema', 'wrapper.xsd', 'imsmanifest.xml'], { cwd: dir, stdio: 'pipe' });
		return [];
	} catch (error) {
		const e = error as { status?: number; stderr?: Buffer; code?: string };
		if (e.code === 'ENOENT')
			throw new Error('xmllint is not installed (Debian package libxml2-utils): run scripts/install-system-deps.sh', { cause: error });
		return String(e.stderr ?? '')
			.split('\n')
			.filter((line) => line && !/validates$/.test(line) && !/xml namespace URI cannot be the default|Skipping import/.test(line));
	}
}
