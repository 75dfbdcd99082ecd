import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Physical directions break the Arabic layout: class names must use logical utilities (ms/me/ps/pe/start/end,
// text-start/text-end, border-s/border-e, rounded-s/rounded-e), never left/right.
const physicalClass =
  /(^|[\s:"'`])-?(m[lr]|p[lr]|left|right|border-[lr]|rounded-[lr]|rounded-[tb][lr]|text-left|text-right|float-left|float-right|scroll-[mp][lr]|inset-[lr]|space-x-reverse)(-|\s|$|["'`])/;
const physicalMessage =
  'Use logical utilities (ms/me/ps/pe/start/end/text-start/border-s…) instead of left/right, so Arabic mirrors.';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'screenshots/**', 'bench/baseline-app/**'],
  },
  {
    files: ['**/*.tsx', '**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `JSXAttribute[name.name='className'] Literal[value=${physicalClass}]`, message: physicalMessage },
        { selector: `JSXAttribute[name.name='className'] TemplateElement[value.raw=${physicalClass}]`, message: physicalMessage },
      ],
    },
  },
];

export default config;
