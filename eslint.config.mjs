// ESLint flat config: Next's core-web-vitals rules plus typescript-eslint's strict, type-checked set,
// tuned only where a rule fights code that is right (each with its reason).
import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".data/**",
      "node_modules/**",
      "lib/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "coverage/**",
      "reports/**",
      ".stryker-tmp/**",
      "stryker.config.mjs",
    ],
  },
  ...nextVitals,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Numbers and booleans read fine in messages ("3 attempts"); objects and nullish values do not.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      // `onClick={() => setOpen(false)}` is the React idiom; a void in a longer expression is still flagged.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // React event props may be async handlers; React ignores the promise and our handlers catch their own errors.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // Unused names starting with _ are deliberate (destructuring a field away).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      // `!` stands where the line before proved the value present (a Map.has filter, a length check, a joined row whose id
      // is non-null) in a way TypeScript cannot follow; replacing it with a throw would add an unreachable branch.
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    // Tests and benchmarks read untyped JSON bodies and assert on them; `!` after an expect is the point.
    files: ["tests/**", "bench/**"],
    rules: {
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      // Tests guard against values the types rule out: a regression should fail an assertion, not crash the run.
      "@typescript-eslint/no-unnecessary-condition": "off",
      // Fakes implement async interfaces (headers(), cookies(), fetch) without needing to await anything.
      "@typescript-eslint/require-await": "off",
      // Rejection callbacks in tests assert the error's shape; the assertion is the type check.
      "@typescript-eslint/use-unknown-in-catch-callback-variable": "off",
    },
  },
  { files: ["**/*.{js,mjs,cjs}"], ...tseslint.configs.disableTypeChecked },
);
