// Strict TypeScript linting, plus the one architectural rule that a type checker cannot see:
// sub-plugins import the public API (src/api) and VS Code / Node only, exactly as a third-party plugin would.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'out/**',
      'node_modules/**',
      '.test-run/**',
      'docs/api/**',
      'api/dist/**',
      '.stryker-tmp/**',
      'reports/mutation/**',
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
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'src/core is pure domain logic: it never imports vscode.' }] },
      ],
    },
  },
);
