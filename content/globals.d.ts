/** The matcher's data, built from the bundled drugs at build time (vite.config.ts `define`). */
declare const __MEDGLANCE_MATCHER_DATA__: import('../src/matcher/run').MatcherData;
/** The matcher's cheap test alone, for the watcher in every frame (scripts/build-content.ts). */
declare const __MEDGLANCE_NAME_CHECK_DATA__: import('../src/matcher/name-check').NameCheckData | undefined;
/** Whether ::highlight() styles inherit along the element tree in the target browser (scripts/build-content.ts). */
declare const __MEDGLANCE_HIGHLIGHT_STYLES_INHERIT__: boolean;
