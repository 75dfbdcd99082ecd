import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { palette } from './palette';

const css = fs.readFileSync(path.resolve('app', 'globals.css'), 'utf8');
const block = (from: string, to: string) => css.slice(css.indexOf(from), css.indexOf(to, css.indexOf(from)));
const variable = (text: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(text)?.[1];
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('the palette outside CSS', () => {
  it('is the one app/globals.css sets, in both themes', () => {
    const root = block(':root {', '@variant dark');
    const dark = block('@variant dark', '}');
    for (const [name, value] of Object.entries(palette.light)) expect(variable(root, kebab(name)), name).toBe(value);
    for (const [name, value] of Object.entries(palette.dark)) expect(variable(dark, kebab(name)), name).toBe(value);
  });
});
