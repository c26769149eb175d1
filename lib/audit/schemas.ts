import { refineDateRange, z } from "@/lib/validation";

export const AUDIT_ACTIONS = [
  "VIEW",
  "CREATE",
  "UPDATE",
  "DELETE",
  "TRANSITION",
  "EXPORT",
  "LOGIN",
  "LOGIN_FAILED",
  "LOCKOUT",
  "LOGOUT",
  "BREAK_GLASS",
  "API_ACCESS",
] as const;

/** Record types that appear in the trail (the filter offers these). */
export const AUDIT_ENTITIES = [
  "Session",
  "User",
  "Team",
  "Member",
  "Employer",
  "IncapacityPeriod",
  "Questionnaire",
  "CapacityAssessment",
  "MedicalFile",
  "Trajectory",
  "PlanItem",
  "Consent",
  "Contact",
  "Referral",
  "WorkAdjustment",
  "AuthorisedActivity",
  "Task",
  "Report",
  "ApiToken",
] as const;

export const ZAuditFilterSchema = refineDateRange(
  z.object({
    actor: z.string().trim().max(320).optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    entity: z.enum(AUDIT_ENTITIES).optional(),
    memberId: z.uuid().optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    cursor: z.string().max(500).optional(),
  }),
);
export type TAuditFilter = z.infer<typeof ZAuditFilterSchema>;
