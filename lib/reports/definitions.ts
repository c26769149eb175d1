// The exact definition of every report and metric (DOMAIN.md, Reports; issue 6). The API returns
// REPORT_DEFINITIONS_VERSION with every report so that a BI tool can tell when a definition changed; bump it
// whenever a number would come out differently for the same data. The English texts here are also the
// `reports.definitions` messages in en.json (a unit test keeps them identical); nl and fr translate them.
import type { ReportId } from "@/lib/reports/schemas";

export const REPORT_DEFINITIONS_VERSION = "2026-11-22.2";

export interface ReportDefinition {
  /** Who or what is counted, and how the filters apply. */
  population: string;
  /** Column or metric key → its definition. */
  metrics: Record<string, string>;
}

export const GENERAL_DEFINITIONS = {
  asOf: "asOf (default: today in Europe/Brussels) is the observation date: ranges still open on asOf (an incapacity period, an authorised activity, a trajectory) are closed on asOf, and dates after asOf are ignored, so a report for an earlier asOf shows what was known and had happened by then. An asOf in the future is refused.",
  filters:
    "team, region and coordinator select members by their current team, region and assigned coordinator. from and to (inclusive, both optional) select incapacity periods by their start date; for deadline compliance they select deadlines by their due date.",
  rounding:
    "Percentages and days are rounded to one decimal (half away from zero). Medians are interpolated (PostgreSQL percentile_cont(0.5)): with an even number of values, the mean of the two middle ones.",
  suppression:
    "Small cells: a group (row or column) with fewer than 5 periods, members, trajectories, referrals, adjustments or deadlines shows its count only; every other value is null (shown as a dash and marked as suppressed). A value is also null, without suppression, when it has nothing to be computed on (a median over no periods).",
} as const;

export const REPORT_DEFINITIONS: Record<ReportId, ReportDefinition> = {
  cohort: {
    population:
      "Incapacity periods that start within [from, to] and on or before asOf, of the selected members, grouped by one dimension: sex (F, M, X); diagnosis (BURNOUT vs every other diagnosis group, periods without a recorded diagnosis included); age band at the period's start (55+ = whole years of age on the start date ≥ 55, and under 55). Counted activities are the period's authorised activities with status AUTHORISED or ENDED that start on or before asOf; a period with at least one has a progressive return.",
    metrics: {
      periods: "Number of periods in the group.",
      share: "Periods in the group ÷ periods in the population × 100.",
      meanIncapacityDays:
        "Mean of (min(end date, asOf) − start date + 1) over the group's periods; a period still open on asOf counts up to asOf.",
      progressiveReturnRate: "Periods with at least one counted activity ÷ periods in the group × 100.",
      medianDaysToProgressiveReturn:
        "Median, over the periods with a progressive return, of (start of the earliest counted activity − start of the period), in days.",
      medianProgressiveReturnDays:
        "Median, over the periods with a progressive return, of (E − start of the earliest counted activity + 1), in days, where E is asOf if any counted activity has no end date or ends after asOf, and otherwise the latest end date of the counted activities.",
      meanVolume:
        "Mean, over the periods with a progressive return, of the work fraction of the earliest counted activity (authorised weekly hours ÷ reference weekly hours × 100, kept to two decimals), in %.",
      fullReturnRate:
        "Periods with a progressive return that ended on or before asOf with end reason FULL_RETURN ÷ periods with a progressive return × 100.",
    },
  },
  caseload: {
    population:
      "Members of the selected team, region and coordinator; with from or to, only members with an incapacity period that starts within [from, to] and on or before asOf. One row per coordinator currently assigned to at least one of these members (sorted by name, a page at a time), one row for members without a coordinator, and the total.",
    metrics: {
      members: "Number of members in the row.",
      membersInIncapacity:
        "Members with an incapacity period running on asOf (start on or before asOf, no end date or an end date on or after asOf).",
      openTrajectories:
        "Trajectories of these members referred on or before asOf and not ended on asOf (no end date, or an end date after asOf).",
      overdueDeadlines:
        "Deadlines of these members owned by the coordinator (owner COORDINATOR) with a due date before asOf and not met on or before asOf.",
      overdueTasks:
        "Tasks for these members assigned to their coordinator, due before asOf and not done on or before asOf.",
      contactsLast30Days:
        "Contacts recorded for these members on the 30 days ending on asOf (asOf − 29 to asOf, Brussels calendar days).",
    },
  },
  funnel: {
    population:
      "The periods of the cohort population (start within [from, to] and on or before asOf, selected members). Each stage counts the periods that reached it on or before asOf. Stages are not strictly nested: a member can start a trajectory on their own initiative without category 4, so a stage may count more periods than the one before it.",
    metrics: {
      inIncapacity: "Every period of the population.",
      questionnaireReturned: "The period's questionnaire was returned on or before asOf.",
      categorised: "At least one residual-capacity assessment of the period dated on or before asOf.",
      category4: "At least one assessment with category 4 dated on or before asOf.",
      invited: "A trajectory of the period with an invitation date on or before asOf.",
      firstContact: "A trajectory of the period with a first-contact date on or before asOf.",
      active:
        "A trajectory of the period with its plan in progress on or before asOf: it had its first contact and at least one plan goal. It is active from the later of its first-contact date and the day (Brussels calendar) its first goal was recorded.",
      closedWithOutcome:
        "A trajectory of the period closed (status CLOSED) with an outcome, on or before asOf.",
      periods: "Number of periods that reached the stage.",
      shareOfPopulation: "Periods at this stage ÷ periods at the first stage × 100.",
      conversion:
        "Periods that reached both this stage and the previous one ÷ periods that reached the previous stage × 100 (never above 100). Suppressed when this stage or the previous one has fewer than 5 periods.",
    },
  },
  compliance: {
    population:
      "Deadlines stored by the deadline engine for the selected members, for every rule a role owns (the phase change to invalidity is information only and left out), with a due date on or before asOf and, with from or to, within [from, to]. Per rule, and per calendar month of the due date for all rules together.",
    metrics: {
      due: "Deadlines with a due date on or before asOf.",
      metOnTime: "Met on or before the due date (and on or before asOf).",
      metLate: "Met after the due date, on or before asOf.",
      overdue: "Not met on or before asOf, due date before asOf.",
      openDueToday:
        "Due on asOf itself and not met yet (neither late nor overdue yet). due = metOnTime + metLate + overdue + openDueToday.",
      onTimeRate: "metOnTime ÷ due × 100.",
      lateRate: "metLate ÷ due × 100.",
      overdueRate: "overdue ÷ due × 100.",
    },
  },
  outcomes: {
    population:
      "Trajectories of the cohort population's periods (start within [from, to] and on or before asOf, selected members) that ended on or before asOf: closed, declined or referred out.",
    metrics: {
      endings: "Ended trajectories by final status (CLOSED, DECLINED, REFERRED_OUT).",
      outcomes: "Ended trajectories with an outcome, by outcome.",
      stopReasons: "Ended trajectories with a stop reason, by stop reason.",
      count: "Number of trajectories in the category.",
      share: "Trajectories in the category ÷ trajectories in the distribution × 100.",
    },
  },
  referrals: {
    population:
      "Referrals sent on or before asOf in trajectories of the cohort population's periods (start within [from, to] and on or before asOf, selected members), by target, and all targets together.",
    metrics: {
      referrals: "Number of referrals sent.",
      share: "Referrals to the target ÷ all referrals × 100.",
      answeredRate: "Referrals with a response dated on or before asOf ÷ referrals × 100.",
      medianResponseDays: "Median of (response date − sent date) over the answered referrals, in days.",
      unansweredOverdue:
        "Referrals not cancelled, without a response on or before asOf, whose expected-response date is before asOf.",
    },
  },
  adjustments: {
    population:
      "Work adjustments requested on or before asOf in trajectories of the cohort population's periods (start within [from, to] and on or before asOf, selected members), by type and all types together; and the refusal reasons of those decided.",
    metrics: {
      requested: "Number of adjustments requested.",
      decided: "Adjustments with a decision (GRANTED, PARTIALLY_GRANTED or REFUSED) dated on or before asOf.",
      granted: "Decided and granted in full.",
      partiallyGranted: "Decided and partially granted.",
      refused: "Decided and refused.",
      grantRate: "(granted + partiallyGranted) ÷ decided × 100.",
      fullGrantRate: "granted ÷ decided × 100.",
      refusalReasons:
        "Decided adjustments (refused or partially granted) with a refusal reason, by reason: count and share of them.",
    },
  },
};
