"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";

import { TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useValidationMessage } from "@/components/forms/use-validation-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Checkbox } from "@/components/ui/input";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { API_SCOPES, SCOPE_LABEL_KEYS, ZCreateApiTokenSchema } from "@/lib/api-tokens/schemas";

export function CreateApiTokenForm() {
  const t = useTranslations("apiTokens");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const translateError = useValidationMessage();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const form = useForm({
    resolver: zodResolver(ZCreateApiTokenSchema),
    defaultValues: { name: "", scopes: ["reports:read" as const] },
  });
  const { onSubmit, failure } = useActionForm(form, createApiTokenAction, (data) => {
    setCreated({ name: data.name, token: data.token });
    form.reset();
    router.refresh();
  });
  const scopes = useWatch({ control: form.control, name: "scopes" });
  const scopesError = translateError(form.formState.errors.scopes?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {created ? (
        <Alert tone="success" title={t("created", { name: created.name })}>
          <p>{t("shownOnce")}</p>
          <code
            className="mt-2 block break-all rounded bg-white p-2 font-mono text-xs text-slate-900"
            data-testid="new-api-token"
          >
            {created.token}
          </code>
        </Alert>
      ) : null}
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-4">
        <TextField
          form={form}
          name="name"
          idPrefix="new-token"
          label={t("name")}
          hint={t("nameHint")}
          required
        />
        <fieldset aria-describedby={scopesError ? "new-token-scopes-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("scopes")}</legend>
          {API_SCOPES.map((scope) => (
            <div key={scope} className="mt-1 flex items-center gap-2">
              <Checkbox
                id={`new-token-scope-${scope}`}
                checked={scopes.includes(scope)}
                onChange={(event) =>
                  form.setValue(
                    "scopes",
                    event.target.checked ? [...scopes, scope] : scopes.filter((value) => value !== scope),
                    { shouldValidate: form.formState.isSubmitted },
                  )
                }
              />
              <label htmlFor={`new-token-scope-${scope}`} className="text-sm text-slate-800">
                {t(`scope.${SCOPE_LABEL_KEYS[scope]}`)}{" "}
                <code className="text-xs text-slate-500">{scope}</code>
              </label>
            </div>
          ))}
          {scopesError ? (
            <p id="new-token-scopes-error" className="mt-1 text-sm text-red-700">
              {scopesError}
            </p>
          ) : null}
        </fieldset>
        <Button type="submit">{form.formState.isSubmitting ? tCommon("saving") : t("create")}</Button>
      </fieldset>
    </form>
  );
}

export function RevokeApiTokenButton({ token }: { token: { id: string; name: string } }) {
  const t = useTranslations("apiTokens");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const revoke = () =>
    startTransition(async () => {
      setError(null);
      const result = await revokeApiTokenAction({ id: token.id });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      router.refresh();
    });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t("revokeTitle", { name: token.name })}
      description={t("revokeBody")}
      closeLabel={tCommon("close")}
      trigger={
        <Button variant="ghost" size="sm" aria-label={t("revokeTitle", { name: token.name })}>
          {t("revoke")}
        </Button>
      }
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="mt-4 flex gap-2">
        <Button variant="danger" onClick={revoke} disabled={isPending}>
          {t("revokeConfirm")}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)} disabled={isPending}>
          {tCommon("cancel")}
        </Button>
      </div>
    </Dialog>
  );
}
