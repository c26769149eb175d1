import { z, zId } from "@/lib/validation";

/** A six-digit code from the app; spaces are allowed ("123 456"). */
const zTotpCode = () =>
  z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, "totpFormat");

/** A code from the app, or one of the recovery codes. */
const zAnyCode = () => z.string().trim().min(1).max(40);

export const ZStartEnrolmentSchema = z.object({});

export const ZConfirmEnrolmentSchema = z.object({ code: zTotpCode() });
export type TConfirmEnrolment = z.infer<typeof ZConfirmEnrolmentSchema>;

/** An enrolled user proving this session (a session opened before they enrolled elsewhere). */
export const ZVerifySessionSchema = z.object({ code: zAnyCode() });
export type TVerifySession = z.infer<typeof ZVerifySessionSchema>;

/** New recovery codes, or removing the factor (to move to another app), need a current code. */
export const ZRegenerateRecoveryCodesSchema = z.object({ code: zTotpCode() });
export const ZRemoveSecondFactorSchema = z.object({ code: zAnyCode() });

/** An administrator resets a user's second factor (lost phone and recovery codes). */
export const ZResetSecondFactorSchema = z.object({ userId: zId() });
export type TResetSecondFactor = z.infer<typeof ZResetSecondFactorSchema>;
