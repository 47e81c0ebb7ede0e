// Strict TypeScript linting, plus the architectural rules that a type checker cannot see: sub-plugins import the
// public API (src/api) and VS Code / Node only, exactly as a third-party plugin would; src never imports a
// sub-plugin (the layers of docs/CONTRACT.md §2).
import tseslint from 'typescript-eslint';

/** `src/` builds the host and the API; features live in sub-plugins, which src reaches only through the API. */
const NO_SUBPLUGIN_IMPORTS = {
  regex: '(^|/)subplugins(/|$)',
  message:
    'src/ never imports a sub-plugin: the feature registers itself through the API (docs/CONTRACT.md §2).',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'out/**',
      'node_modules/**',
      '.test-run/**',
      'docs/api/**',
      'api/dist/**',
      '.stryker-tmp*/**',
      'reports/**',
    ],
  },
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['subplugins/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./src/(?!api(/index)?$)',
              message: 'Sub-plugins import only the public API (../../src/api), like any other plugin.',
            },
            {
              regex: '^(tsyringe|reflect-metadata)$',
              message: 'Sub-plugins reach components through api.resolve, not the container.',
            },
            {
              regex: '^\\.\\./(?!\\.\\./src/api)\\.\\.',
              message: 'Sub-plugins import only the public API (../../src/api).',
            },
            {
              regex: '^\\.\\./[^.]',
              message: 'A sub-plugin imports no other sub-plugin: what two share belongs in the public API.',
            },
          ],
        },
      ],
    },
  },
  {
    // A sub-plugin's webview code sits one folder deeper: the same rule, with the public API one level further up.
    files: ['subplugins/*/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./){3}(?!src/api(/index)?$)',
              message:
                "A sub-plugin's webview imports only its sub-plugin and the public API (../../../src/api).",
            },
          ],
        },
      ],
    },
  },
  {
    // Plugin fixtures are plain CommonJS extensions, as many plugin authors write them.
    files: ['test/fixtures/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_SUBPLUGIN_IMPORTS] }] },
  },
  {
    // Replaces the rule above for src/core and src/ledger, so it repeats its pattern.
    files: ['src/core/**/*.ts', 'src/ledger/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'vscode',
              message: 'src/core and src/ledger are pure logic: they never import vscode.',
            },
          ],
          patterns: [NO_SUBPLUGIN_IMPORTS],
        },
      ],
    },
  },
);
