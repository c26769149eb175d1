"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";

import { TextField } from "@/components/forms/fields";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/actions";
import {
  confirmEnrolmentAction,
  regenerateRecoveryCodesAction,
  removeSecondFactorAction,
  startEnrolmentAction,
  verifySessionAction,
} from "@/lib/mfa/actions";
import {
  ZConfirmEnrolmentSchema,
  ZRegenerateRecoveryCodesSchema,
  ZRemoveSecondFactorSchema,
  ZVerifySessionSchema,
} from "@/lib/mfa/schemas";

export type PanelState =
  | { status: "off" }
  | { status: "pending"; manualKey: string; qrSvg: string }
  | { status: "on"; enabledAt: string; recoveryCodesLeft: number };

/** A one-field form that sends a code to an action (the field's errors are translated server answers). */
function CodeForm<TResult>({
  id,
  schema,
  action,
  label,
  hint,
  submitLabel,
  variant = "primary",
  onDone,
  numeric = true,
}: {
  id: string;
  schema:
    | typeof ZConfirmEnrolmentSchema
    | typeof ZVerifySessionSchema
    | typeof ZRegenerateRecoveryCodesSchema
    | typeof ZRemoveSecondFactorSchema;
  action: (input: { code: string }) => Promise<ActionResult<TResult>>;
  label: string;
  hint: string;
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  onDone: (data: TResult) => void;
  numeric?: boolean;
}) {
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { code: "" } });
  const { onSubmit, failure } = useActionForm(form, action, (data) => {
    form.reset({ code: "" });
    onDone(data);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormFailure failure={failure} />
      <fieldset disabled={form.formState.isSubmitting} className="space-y-3">
        <TextField
          form={form}
          name="code"
          idPrefix={id}
          label={label}
          hint={hint}
          required
          autoComplete="one-time-code"
          inputMode={numeric ? "numeric" : "text"}
        />
        <Button type="submit" variant={variant}>
          {submitLabel}
        </Button>
      </fieldset>
    </form>
  );
}

function RecoveryCodes({ codes, homeHref }: { codes: string[]; homeHref: string }) {
  const t = useTranslations("mfa");
  const download = () => {
    const blob = new Blob([`${t("recoveryFileTitle")}\n\n${codes.join("\n")}\n`], { type: "text/plain" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = "reprise-recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Card title={t("recoveryTitle")}>
      <Alert tone="warning">{t("recoveryOnce")}</Alert>
      <ol
        className="my-4 grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base"
        data-testid="recovery-codes"
        aria-label={t("recoveryTitle")}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="no-print flex flex-wrap gap-2">
        <Button variant="secondary" onClick={download}>
          {t("recoveryDownload")}
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          {t("recoveryPrint")}
        </Button>
        <Link href={homeHref} className={buttonClass("primary")}>
          {t("recoveryStored")}
        </Link>
      </div>
    </Card>
  );
}

export function SecondFactorPanel({
  state,
  isRequired,
  isSessionVerified,
  homeHref,
}: {
  state: PanelState;
  isRequired: boolean;
  isSessionVerified: boolean;
  homeHref: string;
}) {
  const t = useTranslations("mfa");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const start = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await startEnrolmentAction({});
      if (!result.ok) setMessage({ tone: "error", text: result.message });
      router.refresh();
    });

  // Recovery codes stay on screen (this component keeps them) until the user says they stored them.
  if (codes) return <RecoveryCodes codes={codes} homeHref={homeHref} />;

  return (
    <div className="space-y-4">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}

      {state.status === "off" ? (
        <Card title={t("offTitle")}>
          <p className="text-sm text-slate-700">{isRequired ? t("offRequired") : t("offOptional")}</p>
          <Button className="mt-4" onClick={start} disabled={isPending}>
            {t("start")}
          </Button>
        </Card>
      ) : null}

      {state.status === "pending" ? (
        <Card title={t("enrolTitle")}>
          <ol className="list-decimal space-y-4 pl-5 text-sm text-slate-800">
            <li>{t("stepInstall")}</li>
            <li>
              <p>{t("stepScan")}</p>
              <figure className="mt-2 inline-block rounded border border-slate-200 bg-white p-2">
                <div
                  role="img"
                  aria-label={t("qrLabel")}
                  className="h-48 w-48 [&>svg]:h-full [&>svg]:w-full"
                  dangerouslySetInnerHTML={{ __html: state.qrSvg }}
                />
                <figcaption className="mt-1 text-xs text-slate-600">{t("qrCaption")}</figcaption>
              </figure>
              <p className="mt-2">
                {t("manualKey")}{" "}
                <code
                  className="select-all rounded bg-slate-100 px-1 font-mono"
                  data-testid="totp-manual-key"
                >
                  {state.manualKey}
                </code>
              </p>
            </li>
            <li>
              <p className="mb-2">{t("stepConfirm")}</p>
              <CodeForm
                id="confirm"
                schema={ZConfirmEnrolmentSchema}
                action={confirmEnrolmentAction}
                label={t("code")}
                hint={t("codeHint")}
                submitLabel={t("confirm")}
                onDone={(data) => {
                  setCodes(data.recoveryCodes);
                  router.refresh();
                }}
              />
            </li>
          </ol>
          <Button variant="ghost" size="sm" className="mt-4" onClick={start} disabled={isPending}>
            {t("restart")}
          </Button>
        </Card>
      ) : null}

      {state.status === "on" && !isSessionVerified ? (
        <Card title={t("verifyTitle")}>
          <p className="mb-3 text-sm text-slate-700">{t("verifyBody")}</p>
          <CodeForm
            id="verify"
            schema={ZVerifySessionSchema}
            action={verifySessionAction}
            label={t("codeOrRecovery")}
            hint={t("codeOrRecoveryHint")}
            submitLabel={t("verify")}
            numeric={false}
            onDone={() => router.replace(homeHref)}
          />
        </Card>
      ) : null}

      {state.status === "on" && isSessionVerified ? (
        <>
          <Card title={t("onTitle")}>
            <dl
              className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm"
              data-testid="second-factor"
            >
              <dt className="text-slate-600">{t("status")}</dt>
              <dd>{t("statusOn", { date: state.enabledAt })}</dd>
              <dt className="text-slate-600">{t("recoveryLeftLabel")}</dt>
              <dd data-testid="recovery-codes-left">{state.recoveryCodesLeft}</dd>
            </dl>
            {state.recoveryCodesLeft <= 3 ? (
              <Alert tone="warning" className="mt-3">
                {t("recoveryLow")}
              </Alert>
            ) : null}
          </Card>
          <Card title={t("regenerateTitle")}>
            <p className="mb-3 text-sm text-slate-700">{t("regenerateBody")}</p>
            <CodeForm
              id="regenerate"
              schema={ZRegenerateRecoveryCodesSchema}
              action={regenerateRecoveryCodesAction}
              label={t("code")}
              hint={t("codeHint")}
              submitLabel={t("regenerate")}
              variant="secondary"
              onDone={(data) => setCodes(data.recoveryCodes)}
            />
          </Card>
          <Card title={isRequired ? t("replaceTitle") : t("removeTitle")}>
            <p className="mb-3 text-sm text-slate-700">{isRequired ? t("replaceBody") : t("removeBody")}</p>
            <CodeForm
              id="remove"
              schema={ZRemoveSecondFactorSchema}
              action={removeSecondFactorAction}
              label={t("codeOrRecovery")}
              hint={t("codeOrRecoveryHint")}
              submitLabel={isRequired ? t("replace") : t("remove")}
              variant="danger"
              numeric={false}
              onDone={() => {
                setMessage({ tone: "success", text: isRequired ? t("replaced") : t("removed") });
                router.refresh();
              }}
            />
          </Card>
        </>
      ) : null}
    </div>
  );
}
