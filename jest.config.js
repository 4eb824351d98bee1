const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: './' });

/** ESM-only packages that jest must transform (next-intl and the unified/MDX ecosystem). */
const esmPackages = [
  'next-intl',
  'use-intl',
  '@formatjs',
  'intl-messageformat',
  'icu-minify',
  'unified',
  'remark-.*',
  'rehype-.*',
  'mdast-.*',
  'micromark.*',
  'unist-.*',
  'hast-.*',
  'vfile.*',
  'bail',
  'trough',
  'devlop',
  'is-plain-obj',
  'decode-named-character-reference',
  'character-entities.*',
  'ccount',
  'escape-string-regexp',
  'markdown-table',
  'longest-streak',
  'zwitch',
  'github-slugger',
  'property-information',
  'space-separated-tokens',
  'comma-separated-tokens',
  'html-void-elements',
  'web-namespaces',
  'stringify-entities',
  'trim-lines',
  'estree-util-.*',
];

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  testMatch: ['<rootDir>/__tests__/**/*.test.{ts,tsx}'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
};

module.exports = async () => {
  const resolved = await createJestConfig(config)();
  // next/jest appends its own node_modules ignore rule, so the ESM packages are
  // let through by replacing the list on the resolved config.
  resolved.transformIgnorePatterns = [`/node_modules/(?!(?:${esmPackages.join('|')})/)`, '^.+\\.module\\.(css|sass|scss)$'];
  return resolved;
};
