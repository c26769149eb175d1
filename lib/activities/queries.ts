// The columns every screen reads of an authorised-activity request and of its decisions: the member file's
// section and timeline (lib/timeline/queries.ts) and the physician's request and decision screens
// (lib/medical/queries.ts) select the same shape, so a column added here reaches both.
import type { Prisma } from "@/lib/generated/prisma/client";

export const ACTIVITY_DECISION_SELECT = {
  id: true,
  kind: true,
  decisionDate: true,
  authorisedWeeklyHours: true,
  conditions: true,
  validUntil: true,
  nextReviewDate: true,
  refusalReason: true,
  createdAt: true,
  physician: { select: { name: true } },
} as const satisfies Prisma.AuthorisedActivityDecisionSelect;

export const ACTIVITY_SELECT = {
  id: true,
  version: true,
  memberId: true,
  periodId: true,
  trajectoryId: true,
  status: true,
  requestReceivedDate: true,
  startDate: true,
  natureOfWork: true,
  requestedWeeklyHours: true,
  authorisedWeeklyHours: true,
  referenceWeeklyHours: true,
  employerCoSigned: true,
  decisionDate: true,
  conditions: true,
  validUntil: true,
  nextReviewDate: true,
  refusalReason: true,
  endDate: true,
  endReason: true,
  employer: { select: { id: true, name: true } },
  decider: { select: { id: true, name: true } },
} as const satisfies Prisma.AuthorisedActivitySelect;

/** The request with its decisions, oldest first. */
export const ACTIVITY_WITH_DECISIONS_SELECT = {
  ...ACTIVITY_SELECT,
  decisions: { orderBy: [{ decisionDate: "asc" }, { createdAt: "asc" }], select: ACTIVITY_DECISION_SELECT },
} as const satisfies Prisma.AuthorisedActivitySelect;
