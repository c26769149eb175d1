import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// process.env is read in exactly one place (lib/env.ts) so that a bad variable fails at boot with a clear
// message instead of at first use. Scripts, configs and tests may read it directly.
const noProcessEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read configuration through getEnv() from '@/lib/env'.",
};

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
      "no-restricted-syntax": ["error", noProcessEnv],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next-auth", message: "Only lib/auth/ talks to next-auth." },
            { name: "next-auth/react", message: "Only lib/auth/ talks to next-auth." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/auth/**", "proxy.ts"],
    rules: { "no-restricted-imports": "off" },
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
