import { palette } from '../palette';

// The lite edition's only stylesheet, inline: system fonts, logical properties, the site's colours, light and dark.
// Arabic gets a taller line, no letter-spacing and no synthesized slant, as in the full edition.
const colours = ({ ink, paper, muted, link, line, pendingInk }: (typeof palette)['light' | 'dark']) =>
  `--ink:${ink};--paper:${paper};--muted:${muted};--brand:${link};--line:${line};--pending:${pendingInk}`;

export const liteStyle = `
:root{color-scheme:light dark;${colours(palette.light)}}
@media (prefers-color-scheme:dark){:root{${colours(palette.dark)}}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:40rem;padding:0 1rem 2rem;background:var(--paper);color:var(--ink);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:break-word}
:lang(ar){font-family:"Noto Naskh Arabic","Noto Sans Arabic","Geeza Pro",Tahoma,system-ui,sans-serif;line-height:1.9;letter-spacing:0;font-synthesis:none}
a{color:var(--brand)}
header,footer{display:flex;flex-wrap:wrap;gap:0 1.25rem;align-items:center;border-block-end:1px solid var(--line);font-size:.9375rem}
footer{border-block:1px solid var(--line);margin-block-start:2.5rem;color:var(--muted)}
header a,footer a,nav a{display:inline-flex;align-items:center;min-height:44px}
.name{font-weight:700;font-size:1.125rem;margin-inline-end:auto;text-decoration:none;color:var(--ink)}
h1{font-size:1.625rem;line-height:1.3;margin:1.25rem 0 .5rem}
h2{font-size:1.1875rem;line-height:1.35;margin:1.5rem 0 .25rem}
.meta{color:var(--muted);font-size:.875rem;margin:.25rem 0}
.standfirst{font-size:1.1875rem;color:var(--muted)}
.pending{color:var(--pending);font-weight:600}
ol{list-style:none;padding:0;margin:0}
li{border-block-end:1px solid var(--line);padding-block:.25rem .75rem}
li a{display:block;padding-block:.625rem;font-weight:600;font-size:1.125rem;line-height:1.4;text-decoration:none;color:var(--ink)}
li p{margin:.25rem 0}
blockquote{margin:1rem 0;padding-inline-start:1rem;border-inline-start:3px solid var(--brand)}
details{margin:-.5rem 0 1rem;color:var(--muted)}
summary{display:flex;align-items:center;min-height:44px;cursor:pointer;color:var(--brand);font-size:.9375rem}
`
  .replace(/\n/g, '')
  .trim();
