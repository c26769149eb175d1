import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// process.env is read in exactly one place (lib/env.ts) so that a bad variable fails at boot with a clear
// message instead of at first use. Scripts, configs and tests may read it directly.
const noProcessEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read configuration through getEnv() from '@/lib/env'.",
};

// Dates, times and numbers on screens, in reasons and in letters are written by lib/i18n/format.ts only: one
// date and one date-time format per language (issue 11). Exports write ISO dates through lib/dates.ts.
const noAdHocFormatting = [
  {
    selector:
      "NewExpression[callee.object.name='Intl'][callee.property.name=/^(DateTimeFormat|NumberFormat)$/]",
    message: "Format with formatFor() / getFormat() / useFormat() from '@/lib/i18n'.",
  },
  {
    selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]",
    message: "Format with formatFor() / getFormat() / useFormat() from '@/lib/i18n'.",
  },
];
const formatterImports = [
  {
    name: "next-intl",
    importNames: ["useFormatter"],
    message:
      "Use useFormat() from '@/lib/i18n/use-format': next-intl's formatter writes English dates US-style.",
  },
  {
    name: "next-intl/server",
    importNames: ["getFormatter"],
    message:
      "Use getFormat() from '@/lib/i18n/server-format': next-intl's formatter writes English dates US-style.",
  },
];

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next*/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      ".reports/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", noProcessEnv, ...noAdHocFormatting],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next-auth", message: "Only lib/auth/ talks to next-auth." },
            { name: "next-auth/react", message: "Only lib/auth/ talks to next-auth." },
            ...formatterImports,
          ],
        },
      ],
    },
  },
  {
    files: ["lib/auth/**", "proxy.ts"],
    rules: { "no-restricted-imports": ["error", { paths: formatterImports }] },
  },
  {
    files: ["lib/dates.ts", "lib/i18n/format.ts"],
    rules: { "no-restricted-syntax": ["error", noProcessEnv] },
  },
  {
    files: [
      "lib/env.ts",
      "scripts/**",
      "e2e/**",
      "**/*.test.ts",
      "**/*.config.*",
      "prisma/**",
      "instrumentation.ts",
      "proxy.ts",
      "tests/**",
    ],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off", "no-empty-pattern": "off" },
  },
  {
    // Next.js loads next.config.js as CommonJS.
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];

export default config;
