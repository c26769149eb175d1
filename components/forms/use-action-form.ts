"use client";
// Connects a react-hook-form form to a server action built with defineAction: field errors from the server
// land on their fields, anything else becomes the form's message. Values stay in the form whatever happens,
// so nothing typed is lost.
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

import type { ActionResult } from "@/lib/actions";

export interface FormFailure {
  code: string;
  message: string;
}

export function useActionForm<TValues extends FieldValues, TResult>(
  form: UseFormReturn<TValues>,
  action: (values: TValues) => Promise<ActionResult<TResult>>,
  onSuccess?: (data: TResult, values: TValues) => void | Promise<void>,
) {
  const [failure, setFailure] = useState<FormFailure | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    let result: ActionResult<TResult>;
    try {
      result = await action(values);
    } catch {
      setFailure({ code: "NETWORK", message: "" });
      return;
    }
    if (result.ok) {
      await onSuccess?.(result.data, values);
      return;
    }
    let hasFieldError = false;
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "_form" || !messages[0]) continue;
      form.setError(
        field as Path<TValues>,
        { type: "server", message: messages[0] },
        { shouldFocus: !hasFieldError },
      );
      hasFieldError = true;
    }
    const formMessages = result.fieldErrors?._form;
    if (!hasFieldError || formMessages?.length) {
      setFailure({ code: result.code, message: result.message });
    }
  });

  return {
    onSubmit,
    failure,
    clearFailure: () => setFailure(null),
    isSubmitting: form.formState.isSubmitting,
  };
}
