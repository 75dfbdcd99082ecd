// Debian's Chromium, which Playwright drives here (its own browser downloads cannot reach the network).
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Without these, Chromium keeps trying to reach Google's services through the closed network.
export const chromiumArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
