// The site's colours where CSS variables cannot reach: the lite edition's inline stylesheet and the web app
// manifest. app/globals.css states them for the full edition; lib/palette.test.ts holds the two together.

export const palette = {
  light: { paper: '#fbfaf7', ink: '#1b1b1b', muted: '#575757', line: '#d9d5cc', brand: '#0d5c58', link: '#0d5c58', pendingInk: '#6a4500' },
  dark: { paper: '#121416', ink: '#e9e7e3', muted: '#a9adb2', line: '#363a3f', brand: '#6fd3c9', link: '#7fdcd2', pendingInk: '#ffdd94' },
} as const;
