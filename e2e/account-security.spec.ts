// One's own sign-in security (/account/security): with two-factor sign-in on, new recovery codes are made with
// a code from the app; they are shown once, and the old ones stop working.
import type { Browser } from "@playwright/test";

import { getDb } from "../lib/db";
import { hashRecoveryCode } from "../lib/mfa/crypto";
import { masterSecret } from "../lib/mfa/keys";
import { totpCodeOf } from "../lib/mfa/totp";

import { expect, freshTotpCode, test } from "./fixtures";

/** Whether password and this second-factor code sign in, tried in a browser of its own. */
async function signsInWith(
  browser: Browser,
  email: string,
  password: string,
  code: string,
): Promise<boolean> {
  const context = await browser.newContext();
  try {
    const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const response = await context.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, code, json: "true" },
      maxRedirects: 0,
    });
    const target = response.headers()["location"] ?? (await response.text());
    return response.status() < 400 && !target.includes("error=");
  } finally {
    await context.close();
  }
}

/** Six digits the key does not produce anywhere near now: wrong for certain. */
function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((offset) => totpCodeOf(secret, new Date(), offset)));
  for (let n = 0; ; n++) if (!valid.has(String(n).padStart(6, "0"))) return String(n).padStart(6, "0");
}

test("new recovery codes are shown once; the old ones no longer sign in, the new ones do", async ({
  page,
  signedInAs,
  browser,
}) => {
  const user = await signedInAs("ADVISING_PHYSICIAN", { locale: "en" });
  const oldCodes = user.recoveryCodes!;
  const unusedCodes = (codes: string[]) =>
    getDb().recoveryCode.count({
      where: {
        userId: user.id,
        usedAt: null,
        codeHash: { in: codes.map((code) => hashRecoveryCode(code, masterSecret())) },
      },
    });
  expect(await unusedCodes(oldCodes)).toBe(10);

  await page.goto("/account/security");
  await expect(page.getByTestId("recovery-codes-left")).toHaveText("10");
  // "Code from the app" (exactly): the form for new codes, which takes no recovery code.
  const code = page.getByRole("textbox", { name: "Code from the app", exact: true });
  const generate = page.getByRole("button", { name: "Generate new recovery codes" });
  await code.fill(wrongCode(user.totpSecret!));
  await generate.click();
  await expect(page.getByText("This code is not correct or has expired.")).toBeVisible();
  expect(await unusedCodes(oldCodes)).toBe(10);

  await code.fill(await freshTotpCode(user.totpSecret!));
  await generate.click();
  const shown = page.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem");
  await expect(shown).toHaveCount(10);
  const newCodes = (await shown.allTextContents()).map((text) => text.trim());
  expect(new Set(newCodes).size).toBe(10);
  for (const fresh of newCodes) expect(oldCodes).not.toContain(fresh);
  await expect(page.getByText("They are shown only now.")).toBeVisible();
  expect(await unusedCodes(oldCodes)).toBe(0);
  expect(await unusedCodes(newCodes)).toBe(10);
  const audit = await getDb().auditEvent.findFirst({
    where: { entity: "User", entityId: user.id, purpose: "second-factor-recovery-codes" },
  });
  expect(audit?.actorId).toBe(user.id);

  // Shown once: back on the page, only the count remains.
  await page.getByRole("link", { name: "I have stored them — continue" }).click();
  await expect(page).toHaveURL(/\/queue$/);
  await page.goto("/account/security");
  await expect(page.getByTestId("recovery-codes-left")).toHaveText("10");
  await expect(page.getByRole("list", { name: "Your recovery codes" })).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(newCodes[0]!);

  // At sign-in, an old code is refused and a new one works (once).
  expect(await signsInWith(browser, user.email, user.password, oldCodes[0]!)).toBe(false);
  expect(await signsInWith(browser, user.email, user.password, newCodes[0]!)).toBe(true);
  expect(await signsInWith(browser, user.email, user.password, newCodes[0]!)).toBe(false);
  await page.reload();
  await expect(page.getByTestId("recovery-codes-left")).toHaveText("9");
});
