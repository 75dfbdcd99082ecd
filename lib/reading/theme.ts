// The reader's colour theme. No stored value means "follow the system"; lib/reading/head-script.ts applies a stored
// choice before the first paint.

export const themeStorageKey = 'jisr-theme';
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];
