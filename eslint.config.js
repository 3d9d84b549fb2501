import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, top to bottom: each may import from the layers below
 * it, never from one above (README, Architecture). i18n is the floor: the
 * language codes and strings that everything else names.
 */
const LAYERS = [
  ['src/app'],
  ['src/features'],
  ['src/reading', 'src/sharing'],
  ['src/ui'],
  ['src/articles', 'src/routing', 'src/store'],
  ['src/i18n'],
];
const layerZones = LAYERS.flatMap((targets, level) =>
  targets.map((target) => ({
    target: `./${target}`,
    from: LAYERS.slice(0, level)
      .flat()
      .map((from) => `./${from}`),
    message: `${target} sits below these folders and must not import from them; move what both need down a layer.`,
  })),
).filter((zone) => zone.from.length > 0);

export default tseslint.config(
  { ignores: ['dist/', 'dist-ssr/', 'generated/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render content as text.' },
      ],
    },
  },
  {
    // The import graph of the app: no circles, and layers that point one way.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    // A feature does not reach into another feature; shared code moves down to src/reading, src/ui…
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[a-z]',
              message: 'A feature does not import another feature; move shared code down to src/.',
            },
          ],
        },
      ],
    },
  },
);
