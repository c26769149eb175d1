// Edit a member's identity, contact details and work (the layout has checked access and shows the header).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { requirePermission } from "@/lib/auth/session";
import { todayInBrussels } from "@/lib/dates";
import { getMemberHeader } from "@/lib/members/queries";
import type { TUpdateMember } from "@/lib/members/schemas";
import { z } from "@/lib/validation";

import { MemberEditForm } from "./member-edit-form";

export default async function EditMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("member.write");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const header = await getMemberHeader(user, id, todayInBrussels());
  if (!header) return null;
  const t = await getTranslations("memberFile");
  const values = {
    id: header.id,
    version: header.version,
    insz: header.insz,
    externalId: header.externalId ?? "",
    firstName: header.firstName,
    lastName: header.lastName,
    birthDate: header.birthDate,
    sex: header.sex,
    language: header.language,
    region: header.region,
    postalCode: header.postalCode,
    municipality: header.municipality ?? "",
    address: header.address ?? "",
    phone: header.phone ?? "",
    email: header.email ?? "",
    statute: header.statute,
    workType: header.workType ?? "",
    workRegime: header.workRegime ?? "",
    referenceWeeklyHours: header.referenceWeeklyHours ?? undefined,
    sector: header.sector ?? "",
    employerId: header.employer?.id ?? "",
  } as TUpdateMember;
  return (
    <section aria-labelledby="edit-title" className="space-y-4">
      <h2 id="edit-title">{t("editDetails")}</h2>
      <MemberEditForm values={values} employer={header.employer} />
    </section>
  );
}
