// Playwright fixtures: every test makes its own users and data (never a shared seed) and signs in through
// the API, except auth.spec.ts which exercises the login form itself.
import { test as base, expect, type Page } from "@playwright/test";

import { disconnectDb } from "../lib/db";
import { setRuntimeEnv } from "../lib/env";
import { timeStep, totpCodeOf } from "../lib/mfa/totp";
import { makeTeam, makeUser, type TestUser } from "../prisma/factories";

import { connectToAppDatabase } from "./support/database";

/** The secret scripts/e2e-server.ts gives the server: second-factor keys are encrypted with it. */
const E2E_SERVER_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e-secret";

// Each time step of a TOTP key is accepted once (RFC 6238 §5.2), and the server allows one step of drift:
// a user signing in twice within 30 seconds uses the next step's code, a third time waits for a new step.
const lastStepUsed = new Map<string, number>();

/** A code the server will accept for this key now, as the user's authenticator app would show it. */
export async function freshTotpCode(secret: string): Promise<string> {
  for (;;) {
    const now = timeStep(new Date());
    const step = Math.max(now, (lastStepUsed.get(secret) ?? -1) + 1);
    if (step <= now + 1) {
      lastStepUsed.set(secret, step);
      return totpCodeOf(secret, new Date(), step - now);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

export async function signInViaApi(
  page: Page,
  user: Pick<TestUser, "email" | "password" | "totpSecret">,
): Promise<void> {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const code = user.totpSecret ? await freshTotpCode(user.totpSecret) : undefined;
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: {
      csrfToken,
      email: user.email,
      password: user.password,
      ...(code ? { code } : {}),
      json: "true",
    },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in through the API").toBeLessThan(400);
  // next-auth answers a refused sign-in with the URL of /login?error=… (a redirect, or JSON with json=true),
  // not with an error status: look for it, so a wrong password or code fails here and not three steps later.
  const body = await response.text();
  const target = response.headers()["location"] ?? body;
  expect(target, "sign-in through the API").not.toContain("error=");
}

interface Fixtures {
  makeUser: typeof makeUser;
  makeTeam: typeof makeTeam;
  signIn: (user: TestUser) => Promise<void>;
  /**
   * A user of the role, created for this test, signed in on `page`. Advising physicians and admins get a
   * second factor (their role requires it) and pass it; `withTotp: false` leaves it out.
   */
  signedInAs: (role: TestUser["role"], options?: Parameters<typeof makeUser>[1]) => Promise<TestUser>;
}

export const test = base.extend<Fixtures, { database: void }>({
  database: [
    async ({}, use) => {
      await connectToAppDatabase();
      setRuntimeEnv({ NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? E2E_SERVER_SECRET });
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
      const requiresSecondFactor = role === "ADVISING_PHYSICIAN" || role === "ADMIN";
      const user = await makeUser(role, { withTotp: requiresSecondFactor, ...options });
      await signInViaApi(page, user);
      return user;
    }),
});

export { expect };
