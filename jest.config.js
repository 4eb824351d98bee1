const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: './' });

/**
 * Most of the MDX toolchain (unified, remark, rehype, next-mdx-remote) and
 * next-intl ship only ES modules, so node_modules is transformed, except for
 * these large CommonJS packages that need no transform.
 */
const commonJsPackages = ['next', 'react', 'react-dom', 'scheduler', 'jsdom', '@testing-library', '@jest', 'jest-[^/]+', 'typescript', 'zod', 'playwright-core', '@swc', '@babel', 'elkjs'];

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  // Spies and mocks (a silenced console.error, say) end with the test that made them.
  restoreMocks: true,
  testMatch: ['<rootDir>/__tests__/**/*.test.{ts,tsx}'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // Exported for `import` only, which jest's CommonJS resolver does not match.
    '^estree-walker$': '<rootDir>/node_modules/estree-walker/src/index.js',
    '^beautiful-mermaid$': '<rootDir>/node_modules/beautiful-mermaid/dist/index.js',
  },
};

module.exports = async () => {
  const resolved = await createJestConfig(config)();
  // next/jest appends its own rule that ignores all of node_modules, which has no
  // effect if set in `config`; replace the list on the resolved config instead.
  resolved.transformIgnorePatterns = [`/node_modules/(?:${commonJsPackages.join('|')})/`, '^.+\\.module\\.(css|sass|scss)$'];
  return resolved;
};
