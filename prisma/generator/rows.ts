// Database rows of a generated member file, named after the columns (prisma/schema.prisma). Calendar dates
// are "YYYY-MM-DD" strings (the writer casts them to date), instants are Date objects, decimals numbers.
import type { ISODate } from "@/lib/dates";
import type { Deadline } from "@/lib/deadlines/rules";

export interface Authored {
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdById: string | null;
  updatedById: string | null;
}

export interface EmployerRow extends Authored {
  id: string;
  name: string;
  kbo: string | null;
  externalId: string | null;
  sizeBand: string | null;
  sector: string | null;
  postalCode: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export interface MemberRow extends Authored {
  id: string;
  insz: string;
  externalId: string | null;
  firstName: string;
  lastName: string;
  searchName: string;
  birthDate: ISODate;
  sex: string;
  language: string;
  region: string;
  postalCode: string;
  municipality: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  statute: string;
  workType: string | null;
  workRegime: string | null;
  referenceWeeklyHours: number | null;
  sector: string | null;
  employerId: string | null;
  teamId: string;
  coordinatorId: string | null;
}

export interface PeriodRow extends Authored {
  id: string;
  memberId: string;
  startDate: ISODate;
  endDate: ISODate | null;
  endReason: string | null;
  diagnosisGroup: string | null;
  certificateContent: string | null;
  declarationDate: ISODate | null;
  relapseOfId: string | null;
}

export interface QuestionnaireRow extends Authored {
  id: string;
  periodId: string;
  sentDate: ISODate;
  dueDate: ISODate;
  returnedDate: ISODate | null;
  helpOfferedDate: ISODate | null;
  /** When the physician read the returned questionnaire (the physician's queue), and who. */
  physicianReadAt: Date | null;
  physicianReadById: string | null;
}

export interface AssessmentRow extends Authored {
  id: string;
  periodId: string;
  memberId: string;
  category: number;
  assessedDate: ISODate;
  functionalLimitations: string;
  medicalNotes: string | null;
  nextReviewDate: ISODate | null;
  physicianId: string;
}

export interface TrajectoryRow extends Authored {
  id: string;
  memberId: string;
  periodId: string;
  initiative: string;
  status: string;
  coordinatorId: string | null;
  goAheadDate: ISODate | null;
  referredDate: ISODate;
  invitedDate: ISODate | null;
  firstContactDate: ISODate | null;
  endDate: ISODate | null;
  stopReason: string | null;
  outcome: string | null;
  endNote: string | null;
}

export interface TransitionRow {
  id: string;
  trajectoryId: string;
  fromStatus: string | null;
  toStatus: string;
  date: ISODate;
  note: string | null;
  createdAt: Date;
  createdById: string | null;
}

export interface GoalRow extends Authored {
  id: string;
  trajectoryId: string;
  description: string;
  targetDate: ISODate | null;
  achievedDate: ISODate | null;
  position: number;
}

export interface ActionRow extends Authored {
  id: string;
  trajectoryId: string;
  goalId: string | null;
  description: string;
  actor: string | null;
  dueDate: ISODate | null;
  doneDate: ISODate | null;
}

export interface ConsentRow extends Authored {
  id: string;
  trajectoryId: string;
  memberId: string;
  party: string;
  partyName: string | null;
  purposeCode: string;
  /** The coordinator's words, for purpose code OTHER only. */
  purpose: string | null;
  givenDate: ISODate;
  withdrawnDate: ISODate | null;
}

export interface ContactRow {
  id: string;
  trajectoryId: string | null;
  memberId: string;
  occurredAt: Date;
  channel: string;
  party: string;
  durationMinutes: number | null;
  summary: string;
  nextAction: string | null;
  followUpDate: ISODate | null;
  followUpDoneAt: Date | null;
  authorId: string;
  correctsId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ReferralRow extends Authored {
  id: string;
  trajectoryId: string;
  memberId: string;
  target: string;
  organisation: string | null;
  sentDate: ISODate;
  expectedResponseDate: ISODate;
  status: string;
  responseDate: ISODate | null;
  outcomeNote: string | null;
}

export interface AdjustmentRow extends Authored {
  id: string;
  trajectoryId: string;
  memberId: string;
  employerId: string | null;
  type: string;
  description: string;
  requestedDate: ISODate;
  status: string;
  decidedDate: ISODate | null;
  refusalReason: string | null;
  explanationGiven: boolean | null;
  motivatedReportDate: ISODate | null;
}

export interface ActivityRow extends Authored {
  id: string;
  memberId: string;
  periodId: string;
  trajectoryId: string | null;
  employerId: string | null;
  requestReceivedDate: ISODate;
  startDate: ISODate;
  natureOfWork: string;
  requestedWeeklyHours: number;
  authorisedWeeklyHours: number | null;
  referenceWeeklyHours: number;
  employerCoSigned: boolean;
  status: string;
  decisionDate: ISODate | null;
  deciderId: string | null;
  conditions: string | null;
  validUntil: ISODate | null;
  nextReviewDate: ISODate | null;
  refusalReason: string | null;
  endDate: ISODate | null;
  endReason: string | null;
}

export interface DecisionRow {
  id: string;
  activityId: string;
  kind: string;
  decisionDate: ISODate;
  physicianId: string;
  authorisedWeeklyHours: number | null;
  conditions: string | null;
  validUntil: ISODate | null;
  nextReviewDate: ISODate | null;
  refusalReason: string | null;
  createdAt: Date;
}

export interface TaskRow extends Authored {
  id: string;
  memberId: string | null;
  assigneeId: string;
  kind: string;
  /** Manual tasks only: the others are titled from their kind in the reader's language. */
  title: string | null;
  dueDate: ISODate;
  doneDate: ISODate | null;
}

export interface DeadlineRow extends Deadline {
  id: string;
  memberId: string;
}

export interface MemberFileRows {
  member: MemberRow;
  periods: PeriodRow[];
  questionnaires: QuestionnaireRow[];
  assessments: AssessmentRow[];
  trajectories: TrajectoryRow[];
  transitions: TransitionRow[];
  goals: GoalRow[];
  actions: ActionRow[];
  consents: ConsentRow[];
  contacts: ContactRow[];
  referrals: ReferralRow[];
  adjustments: AdjustmentRow[];
  activities: ActivityRow[];
  decisions: DecisionRow[];
  tasks: TaskRow[];
  deadlines: DeadlineRow[];
}

export type RowTable = Exclude<keyof MemberFileRows, "member">;

/** A member file's tables in foreign-key order (the writer inserts them in this order). */
export const ROW_TABLES: readonly RowTable[] = [
  "periods",
  "questionnaires",
  "assessments",
  "trajectories",
  "transitions",
  "goals",
  "actions",
  "consents",
  "contacts",
  "referrals",
  "adjustments",
  "activities",
  "decisions",
  "tasks",
  "deadlines",
];

export function emptyMemberFileRows(): Omit<MemberFileRows, "member"> {
  return Object.fromEntries(ROW_TABLES.map((table) => [table, []])) as unknown as Omit<
    MemberFileRows,
    "member"
  >;
}
