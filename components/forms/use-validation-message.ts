"use client";
import { useTranslations } from "next-intl";
import { useCallback } from "react";

import { parseMessageKey } from "@/lib/validation";

/** Translates a validation message key ("tooShort?min=12") from zod or from the server. */
export function useValidationMessage() {
  const t = useTranslations("validation");
  return useCallback(
    (message: string | undefined): string | undefined => {
      if (!message) return undefined;
      const { key, values } = parseMessageKey(message);
      return t.has(key) ? t(key, values) : t("invalid");
    },
    [t],
  );
}
