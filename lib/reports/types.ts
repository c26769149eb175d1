// The shape of every report, as the screen, the exports and the API receive it. Numbers are already rounded
// by PostgreSQL (one decimal for percentages and days); null means "suppressed" (see `suppressed`) or "no
// base to compute it on" (for instance a median over periods without progressive return).
import type { ISODate } from "@/lib/dates";
import type { CohortDimension, ReportFilter, ReportId } from "@/lib/reports/schemas";

export interface ReportBase<TId extends ReportId> {
  report: TId;
  filter: ReportFilter;
  definitionsVersion: string;
}

// --- cohort ------------------------------------------------------------------------------------------------

export const COHORT_GROUPS: Record<CohortDimension, readonly string[]> = {
  sex: ["F", "M", "X"],
  diagnosis: ["BURNOUT", "OTHER"],
  ageBand: ["55+", "<55"],
};

export const COHORT_METRICS = [
  "share",
  "meanIncapacityDays",
  "progressiveReturnRate",
  "medianDaysToProgressiveReturn",
  "medianProgressiveReturnDays",
  "meanVolume",
  "fullReturnRate",
] as const;
export type CohortMetric = (typeof COHORT_METRICS)[number];

export type CohortGroup = {
  dimension: CohortDimension;
  group: string;
  periods: number;
  suppressed: boolean;
} & Record<CohortMetric, number | null>;

export interface CohortReport extends ReportBase<"cohort"> {
  /** Periods in the population (the denominator of `share`). */
  population: number;
  groups: CohortGroup[];
}

// --- caseload ----------------------------------------------------------------------------------------------

export const CASELOAD_METRICS = [
  "membersInIncapacity",
  "openTrajectories",
  "overdueDeadlines",
  "overdueTasks",
  "contactsLast30Days",
] as const;
export type CaseloadMetric = (typeof CASELOAD_METRICS)[number];

export type CaseloadRow = {
  /** null for the row of members without a coordinator and for the total. */
  coordinatorId: string | null;
  coordinatorName: string | null;
  kind: "coordinator" | "unassigned" | "total";
  members: number;
  suppressed: boolean;
} & Record<CaseloadMetric, number | null>;

export interface CaseloadReport extends ReportBase<"caseload"> {
  rows: CaseloadRow[];
  unassigned: CaseloadRow;
  total: CaseloadRow;
  /** Keyset cursor of the next page of coordinators, null on the last page. */
  nextCursor: string | null;
}

// --- funnel ------------------------------------------------------------------------------------------------

export const FUNNEL_STAGES = [
  "inIncapacity",
  "questionnaireReturned",
  "categorised",
  "category4",
  "invited",
  "firstContact",
  "active",
  "closedWithOutcome",
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelRow {
  stage: FunnelStage;
  periods: number;
  suppressed: boolean;
  /** periods ÷ periods of the first stage × 100. */
  shareOfPopulation: number | null;
  /** periods that reached this and the previous stage ÷ periods of the previous stage × 100 (null for the first). */
  conversion: number | null;
}

export interface FunnelReport extends ReportBase<"funnel"> {
  stages: FunnelRow[];
}

// --- compliance --------------------------------------------------------------------------------------------

/** The deadline rules a role owns (PHASE_INVALIDITY is information only and left out). */
export const COMPLIANCE_RULES = [
  "QUESTIONNAIRE_SENT",
  "QUESTIONNAIRE_RETURN",
  "FIRST_CATEGORY",
  "FIRST_CONTACT",
  "REFERRAL_RESPONSE",
  "ACTIVITY_DECISION",
  "ACTIVITY_REVIEW",
  "AUTHORISATION_EXPIRY",
] as const;
export type ComplianceRule = (typeof COMPLIANCE_RULES)[number];

export const COMPLIANCE_METRICS = [
  "metOnTime",
  "metLate",
  "overdue",
  "openDueToday",
  "onTimeRate",
  "lateRate",
  "overdueRate",
] as const;
export type ComplianceMetric = (typeof COMPLIANCE_METRICS)[number];

export type ComplianceCounts = { due: number; suppressed: boolean } & Record<ComplianceMetric, number | null>;
export type ComplianceRuleRow = ComplianceCounts & { rule: ComplianceRule };
/** `month` is the first day of the calendar month of the due dates. */
export type ComplianceMonthRow = ComplianceCounts & { month: ISODate };

export interface ComplianceReport extends ReportBase<"compliance"> {
  rules: ComplianceRuleRow[];
  months: ComplianceMonthRow[];
  total: ComplianceCounts;
}

// --- distributions -----------------------------------------------------------------------------------------

export interface DistributionRow {
  key: string;
  count: number;
  suppressed: boolean;
  /** count ÷ total of the distribution × 100. */
  share: number | null;
}

export interface Distribution {
  total: number;
  rows: DistributionRow[];
}

export interface OutcomesReport extends ReportBase<"outcomes"> {
  endings: Distribution;
  outcomes: Distribution;
  stopReasons: Distribution;
}

export const REFERRAL_METRICS = ["share", "answeredRate", "medianResponseDays", "unansweredOverdue"] as const;
export type ReferralMetric = (typeof REFERRAL_METRICS)[number];
export type ReferralRow = { target: string; referrals: number; suppressed: boolean } & Record<
  ReferralMetric,
  number | null
>;

export interface ReferralsReport extends ReportBase<"referrals"> {
  targets: ReferralRow[];
  /** target = "ALL". */
  total: ReferralRow;
}

export const ADJUSTMENT_METRICS = [
  "decided",
  "granted",
  "partiallyGranted",
  "refused",
  "grantRate",
  "fullGrantRate",
] as const;
export type AdjustmentMetric = (typeof ADJUSTMENT_METRICS)[number];
export type AdjustmentRow = { type: string; requested: number; suppressed: boolean } & Record<
  AdjustmentMetric,
  number | null
>;

export interface AdjustmentsReport extends ReportBase<"adjustments"> {
  types: AdjustmentRow[];
  /** type = "ALL". */
  total: AdjustmentRow;
  refusalReasons: Distribution;
}

export type AnyReport =
  | CohortReport
  | CaseloadReport
  | FunnelReport
  | ComplianceReport
  | OutcomesReport
  | ReferralsReport
  | AdjustmentsReport;

export type ReportById<T extends ReportId> = Extract<AnyReport, { report: T }>;
