// The advising physician's medical section (/members/[id]/medical): the diagnosis group and the certificates'
// content edited through the form and kept, and a returned questionnaire marked as read. (That coordinators
// never see any of it is physician.spec.ts's and mfa.spec.ts's concern.)
import { addDays, type ISODate } from "../lib/dates";
import { formatFor } from "../lib/i18n/format";
import { getDb } from "../lib/db";
import { recordQuestionnaireSent, updateQuestionnaire } from "../lib/incapacity/mutations";
import { actorOf } from "../prisma/domain-factories";

import { expect, test } from "./fixtures";
import { ago, makeCase, recordDiagnosis } from "./support/physician";

/** A day as the English screen shows it ("3 November 2026"). */
const day = (iso: ISODate) => formatFor("en").date(iso);

test("the physician edits the diagnosis group and certificate content; both are kept, audited masked", async ({
  page,
  signedInAs,
}) => {
  const { member } = await makeCase(130, { lastName: `Diagnosis ${Date.now()}` });
  const physician = await signedInAs("ADVISING_PHYSICIAN", { locale: "en" });
  await recordDiagnosis(physician, member.periodId, "Lumbar disc herniation L4-L5.");

  await page.goto(`/members/${member.id}/medical`);
  await expect(page.getByRole("heading", { name: "Medical section" })).toBeVisible();
  const group = page.getByLabel("Diagnosis group");
  const certificate = page.getByLabel("Medical content of the certificates");
  await expect(group).toHaveValue("MSK");
  await expect(certificate).toHaveValue("Lumbar disc herniation L4-L5.");

  // The new certificate says burn-out: the physician changes both.
  const content = "Exhaustion syndrome after prolonged work stress; sleep disorder.";
  await group.selectOption({ label: "Burn-out" });
  await certificate.fill(content);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Medical data saved." })).toBeVisible();

  // Kept: a fresh load of the page shows what the physician typed.
  await page.reload();
  await expect(page.getByLabel("Diagnosis group")).toHaveValue("BURNOUT");
  await expect(page.getByLabel("Diagnosis group").locator("option:checked")).toHaveText("Burn-out");
  await expect(page.getByLabel("Medical content of the certificates")).toHaveValue(content);
  const period = await getDb().incapacityPeriod.findUniqueOrThrow({ where: { id: member.periodId } });
  expect(period).toMatchObject({ diagnosisGroup: "BURNOUT", certificateContent: content, version: 3 });
  const audit = await getDb().auditEvent.findFirst({
    where: { action: "UPDATE", entity: "IncapacityPeriod", entityId: member.periodId, actorId: physician.id },
    orderBy: { occurredAt: "desc" },
  });
  // The audit trail records that both changed, without the medical values themselves.
  expect(Object.keys(audit?.changes ?? {}).sort()).toEqual(["certificateContent", "diagnosisGroup"]);
  expect(JSON.stringify(audit?.changes)).not.toContain("BURNOUT");
  expect(JSON.stringify(audit?.changes)).not.toContain("Exhaustion");
});

test("a returned questionnaire shows as unread until the physician marks it read", async ({
  page,
  signedInAs,
}) => {
  const { coordinator, member, team } = await makeCase(100, { lastName: `Questionnaire ${Date.now()}` });
  const asCoordinator = await actorOf(coordinator);
  const { id: questionnaireId } = await recordQuestionnaireSent(
    { periodId: member.periodId, sentDate: ago(20) },
    asCoordinator,
  );
  await updateQuestionnaire(
    { questionnaireId, version: 1, returnedDate: ago(4), helpOfferedDate: "" },
    asCoordinator,
  );
  const physician = await signedInAs("ADVISING_PHYSICIAN", { locale: "en" });

  // The queue lists it as waiting to be read, and leads to the medical section.
  await page.goto(`/queue?teamId=${team.id}&kind=QUESTIONNAIRE`);
  const row = page.locator('[data-testid="queue-row"][data-kind="QUESTIONNAIRE"]').filter({
    hasText: member.lastName,
  });
  await expect(row).toContainText(`The questionnaire came back on`);
  await row.getByRole("link", { name: /Read/ }).click();
  await expect(page).toHaveURL(new RegExp(`/members/${member.id}/medical#questionnaire$`));
  const status = page.getByTestId("questionnaire-status");
  await expect(status).toContainText(`Sent${day(ago(20))}`);
  await expect(status).toContainText(`Due back${day(addDays(ago(20), 14))}`);
  await expect(status).toContainText(`Back${day(ago(4))}`);
  await expect(status).toContainText("Not read yet");

  await page.getByRole("button", { name: "Mark as read" }).click();
  await expect(status).toContainText(`Read by ${physician.name} on`);
  await expect(status).not.toContainText("Not read yet");
  await expect(page.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  const read = await getDb().questionnaire.findUniqueOrThrow({ where: { id: questionnaireId } });
  expect(read.physicianReadById).toBe(physician.id);
  expect(read.physicianReadAt).not.toBeNull();

  // Still read after a fresh load, and off the queue.
  await page.reload();
  await expect(page.getByTestId("questionnaire-status")).toContainText(`Read by ${physician.name} on`);
  await page.goto(`/queue?teamId=${team.id}&kind=QUESTIONNAIRE`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Work queue");
  await expect(
    page.locator('[data-testid="queue-row"][data-kind="QUESTIONNAIRE"]').filter({ hasText: member.lastName }),
  ).toHaveCount(0);
});
