// Playwright fixtures: every test makes its own users and data (never a shared seed) and signs in through
// the API, except auth.spec.ts which exercises the login form itself.
import { test as base, expect, type Page } from "@playwright/test";

import { disconnectDb } from "../lib/db";
import { makeTeam, makeUser, type TestUser } from "../prisma/factories";

import { connectToAppDatabase } from "./support/database";

export async function signInViaApi(page: Page, user: Pick<TestUser, "email" | "password">): Promise<void> {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in through the API").toBeLessThan(400);
}

interface Fixtures {
  makeUser: typeof makeUser;
  makeTeam: typeof makeTeam;
  signIn: (user: TestUser) => Promise<void>;
  /** A user of the role, created for this test, signed in on `page`. */
  signedInAs: (role: TestUser["role"], options?: Parameters<typeof makeUser>[1]) => Promise<TestUser>;
}

export const test = base.extend<Fixtures, { database: void }>({
  database: [
    async ({}, use) => {
      await connectToAppDatabase();
      await use();
      await disconnectDb();
    },
    { scope: "worker", auto: true },
  ],
  makeUser: async ({}, use) => use(makeUser),
  makeTeam: async ({}, use) => use(makeTeam),
  signIn: async ({ page }, use) => use((user) => signInViaApi(page, user)),
  signedInAs: async ({ page }, use) =>
    use(async (role, options) => {
      const user = await makeUser(role, options);
      await signInViaApi(page, user);
      return user;
    }),
});

export { expect };
