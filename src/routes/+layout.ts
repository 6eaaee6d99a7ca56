// Page options differ by build profile (svelte.config.js points $page-options at one of them).
export * from '$page-options';
