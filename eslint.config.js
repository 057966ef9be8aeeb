// A small rule set the code already passes: the recommended checks of ESLint and typescript-eslint
// (syntax-only, no type information, so it stays fast), plus the habits this codebase keeps.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The sanitizers exist to match control characters.
      'no-control-regex': 'off',
      // A leading underscore names what a signature or destructuring must hold but does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      // Read before assigned: a forward reference from a closure made before the value exists.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Tests read raw JSON from servers and fixtures they build themselves.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // The bench is not shipped and not a library: what a test needs from it belongs in src/ proper.
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/bench/*'], message: 'test helpers do not import from src/bench' }] }],
    },
  },
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', clearImmediate: 'readonly', Buffer: 'readonly', URL: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', queueMicrotask: 'readonly', structuredClone: 'readonly', performance: 'readonly', fetch: 'readonly', global: 'readonly', globalThis: 'readonly' },
    },
  },
);
