"use server";
// Every export here is a public endpoint: only actions built with defineAction (test: server-actions.test.ts).
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/actions";
import { LOCALE_COOKIE, SIGN_IN_LOCALE_COOKIE } from "@/lib/i18n/config";
import {
  createUser,
  resetUserPassword,
  setOwnLocale,
  setUserActive,
  updateUser,
} from "@/lib/users/mutations";
import {
  ZCreateUserSchema,
  ZResetPasswordSchema,
  ZSetOwnLocaleSchema,
  ZSetUserActiveSchema,
  ZUpdateUserSchema,
} from "@/lib/users/schemas";

export const createUserAction = defineAction(
  { name: "users.create", permission: "admin.users", schema: ZCreateUserSchema },
  async (input, { user, requestId }) => {
    const created = await createUser(input, { actor: user, requestId });
    revalidatePath("/admin/users");
    return { id: created.id, email: created.email, password: input.password ? null : created.password };
  },
);

export const updateUserAction = defineAction(
  { name: "users.update", permission: "admin.users", schema: ZUpdateUserSchema },
  async (input, { user, requestId }) => {
    await updateUser(input, { actor: user, requestId });
    revalidatePath("/admin/users");
  },
);

export const setUserActiveAction = defineAction(
  { name: "users.setActive", permission: "admin.users", schema: ZSetUserActiveSchema },
  async (input, { user, requestId }) => {
    await setUserActive(input, { actor: user, requestId });
    revalidatePath("/admin/users");
  },
);

export const resetUserPasswordAction = defineAction(
  { name: "users.resetPassword", permission: "admin.users", schema: ZResetPasswordSchema },
  async (input, { user, requestId }) => {
    const { password } = await resetUserPassword(input, { actor: user, requestId });
    revalidatePath("/admin/users");
    return { password };
  },
);

export const setOwnLocaleAction = defineAction(
  { name: "users.setOwnLocale", permission: "profile.update", schema: ZSetOwnLocaleSchema },
  async ({ locale }, { user }) => {
    await setOwnLocale(user.id, locale);
    const jar = await cookies();
    jar.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    jar.delete(SIGN_IN_LOCALE_COOKIE); // a choice made now answers the sign-in notice

    revalidatePath("/", "layout");
  },
);
