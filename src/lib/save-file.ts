/** Saves content as a file on the learner's device; nothing leaves the browser. */
export function saveFile(content: BlobPart, filename: string, type: string) {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: filename });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const downloadJson = (value: unknown, filename: string) => saveFile(JSON.stringify(value, null, 2), filename, 'application/json');
