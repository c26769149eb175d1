"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/actions";
import {
  confirmEnrolment,
  regenerateRecoveryCodes,
  removeSecondFactor,
  resetSecondFactor,
  startEnrolment,
  verifySession,
} from "@/lib/mfa/mutations";
import {
  ZConfirmEnrolmentSchema,
  ZRegenerateRecoveryCodesSchema,
  ZRemoveSecondFactorSchema,
  ZResetSecondFactorSchema,
  ZStartEnrolmentSchema,
  ZVerifySessionSchema,
} from "@/lib/mfa/schemas";

// "account.security" is held by every role, also by a session still waiting for its second factor.

export const startEnrolmentAction = defineAction(
  { name: "mfa.start", permission: "account.security", schema: ZStartEnrolmentSchema },
  async (_input, { user, requestId }) => {
    await startEnrolment({ actor: user, requestId });
    revalidatePath("/account/security");
  },
);

export const confirmEnrolmentAction = defineAction(
  { name: "mfa.confirm", permission: "account.security", schema: ZConfirmEnrolmentSchema },
  async (input, { user, requestId }) => {
    const result = await confirmEnrolment(input, { actor: user, requestId });
    revalidatePath("/", "layout");
    return result;
  },
);

export const verifySessionAction = defineAction(
  { name: "mfa.verifySession", permission: "account.security", schema: ZVerifySessionSchema },
  async (input, { user, requestId }) => {
    await verifySession(input, { actor: user, requestId });
    revalidatePath("/", "layout");
  },
);

export const regenerateRecoveryCodesAction = defineAction(
  { name: "mfa.recoveryCodes", permission: "account.security", schema: ZRegenerateRecoveryCodesSchema },
  async (input, { user, requestId }) => {
    const result = await regenerateRecoveryCodes(input, { actor: user, requestId });
    revalidatePath("/account/security");
    return result;
  },
);

export const removeSecondFactorAction = defineAction(
  { name: "mfa.remove", permission: "account.security", schema: ZRemoveSecondFactorSchema },
  async (input, { user, requestId }) => {
    const result = await removeSecondFactor(input, { actor: user, requestId });
    revalidatePath("/", "layout");
    return result;
  },
);

/** Administrators only (and only in a session that passed its own second factor). */
export const resetSecondFactorAction = defineAction(
  { name: "mfa.reset", permission: "admin.users", schema: ZResetSecondFactorSchema },
  async (input, { user, requestId }) => {
    await resetSecondFactor(input, { actor: user, requestId });
    revalidatePath(`/admin/users/${input.userId}`);
  },
);
