import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypeScript,
  // These configs stay CommonJS, as Next and jest load them without a build step, and so do the modules next.config.js loads.
  { files: ['next.config.js', 'jest.config.js', 'lib/http/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { ignores: ['.next/**', '.next-*/**', 'bench/.work/**', 'node_modules/**', 'next-env.d.ts', 'coverage/**', 'e2e/.artifacts/**'] },
];

export default config;
