// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const forbiddenInPureCode = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'src/shared 与 src/renderer 不得依赖 Electron。' },
    { group: ['node:*'], message: 'src/shared 与 src/renderer 不得依赖 Node 内置模块。' },
    { group: ['better-sqlite3'], message: 'SQL 只在 src/main/db 中。' },
    { group: ['fs', 'path', 'child_process', 'os', 'http', 'crypto'], message: '纯代码不得依赖 Node 内置模块。' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}', 'src/renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', forbiddenInPureCode] },
  },
  {
    files: ['scripts/**/*.mjs', '.ci/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
