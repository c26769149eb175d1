// The gate every server action goes through (CONVENTIONS.md §4):
// session → permission → zod → (handler: record access → mutation) → errors mapped.
// A "use server" file exports only what this function returns; a test enforces it.
import "server-only";

import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";

import { can, type Permission } from "@/lib/auth/permissions";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { mapDatabaseError } from "@/lib/database/errors";
import { AppError, type AppErrorCode, type FieldErrors, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getRequestId } from "@/lib/request-context";
import { fieldErrorsFrom, parseMessageKey } from "@/lib/validation";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppErrorCode | "INTERNAL";
      /** Translated, safe to show. */
      message: string;
      /** Message keys of the `validation` namespace, per field. */
      fieldErrors?: FieldErrors;
      requestId?: string;
    };

export interface ActionContext {
  user: SessionUser;
  requestId: string;
}

export const ACTION_MARKER = Symbol.for("reprise.defineAction");

export function defineAction<TSchema extends z.ZodType, TResult>(
  options: { name: string; permission: Permission; schema: TSchema },
  handler: (input: z.output<TSchema>, context: ActionContext) => Promise<TResult>,
): (input: z.input<TSchema>) => Promise<ActionResult<TResult>> {
  const action = async (rawInput: z.input<TSchema>): Promise<ActionResult<TResult>> => {
    const requestId = await getRequestId();
    const t = await getTranslations("errors");
    const tv = await getTranslations("validation");
    const fail = (error: AppError): ActionResult<TResult> => {
      // A rule about the whole form ("the member already has an open trajectory") is the message itself.
      const formRule = error.fieldErrors?._form?.[0];
      const { key, values } = parseMessageKey(formRule ?? "");
      return {
        ok: false,
        code: error.code,
        message: formRule ? tv(key, values) : t(error.messageKey, error.values),
        fieldErrors: error.fieldErrors,
      };
    };
    try {
      const user = await getSessionUser();
      if (!user) return fail(new AppError("UNAUTHENTICATED"));
      if (!can(user, options.permission)) {
        logger.warn("action refused", { action: options.name, userId: user.id, role: user.role, requestId });
        return fail(new AppError("FORBIDDEN"));
      }
      const parsed = options.schema.safeParse(rawInput);
      if (!parsed.success) {
        return fail(new AppError("VALIDATION", { fieldErrors: fieldErrorsFrom(parsed.error) }));
      }
      const data = await handler(parsed.data, { user, requestId });
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      if (isAppError(error)) return fail(error);
      const mapped = mapDatabaseError(error);
      if (mapped) return fail(mapped);
      logger.error("action failed", { action: options.name, requestId, error });
      return { ok: false, code: "INTERNAL", message: t("INTERNAL", { requestId }), requestId };
    }
  };
  Object.defineProperty(action, ACTION_MARKER, { value: options.name });
  return action;
}
