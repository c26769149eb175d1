import { describe, expect, it } from "vitest";

import { reasonFor } from "@/lib/deadlines/reasons";
import {
  computeDeadlines,
  DEADLINE_RULES,
  statusOn,
  withStatus,
  type MemberFile,
} from "@/lib/deadlines/rules";
import { LOCALES } from "@/lib/i18n/config";

const empty: MemberFile = {
  statute: "EMPLOYEE",
  periods: [],
  questionnaires: [],
  assessments: [],
  trajectories: [],
  referrals: [],
  activities: [],
};
const period = (
  id: string,
  startDate: string,
  endDate: string | null = null,
  extra: Partial<MemberFile["periods"][number]> = {},
) => ({
  id,
  startDate,
  endDate,
  relapseOfId: null,
  declarationDate: null,
  ...extra,
});
const find = (file: MemberFile, rule: string, today: string) =>
  withStatus(computeDeadlines(file), today).filter((d) => d.rule === rule);

describe("deadline engine", () => {
  it("gives an open 2026 period its questionnaire, category and phase deadlines", () => {
    const file = { ...empty, periods: [period("p1", "2026-06-01")] };
    const deadlines = withStatus(computeDeadlines(file), "2026-08-10");
    expect(deadlines.map((d) => [d.rule, d.dueDate, d.status, d.regime, d.owner])).toEqual([
      ["QUESTIONNAIRE_SENT", "2026-08-03", "OVERDUE", "TNW_2026", "PHYSICIAN"], // start + 63 days
      ["FIRST_CATEGORY", "2026-09-29", "UPCOMING", "TNW_2026", "PHYSICIAN"], // start + 120 days
      ["PHASE_INVALIDITY", "2027-06-01", "UPCOMING", "TNW_2026", "INFORMATION"], // start + 1 year
    ]);
  });

  it("expects the questionnaire back 14 days after sending and flags it overdue after that", () => {
    const file = {
      ...empty,
      periods: [period("p1", "2026-06-01")],
      questionnaires: [{ periodId: "p1", sentDate: "2026-08-03", dueDate: "2026-08-17", returnedDate: null }],
    };
    expect(find(file, "QUESTIONNAIRE_SENT", "2026-08-20")[0]).toMatchObject({
      status: "MET",
      isLate: false,
      metDate: "2026-08-03",
    });
    expect(find(file, "QUESTIONNAIRE_RETURN", "2026-08-17")[0]).toMatchObject({
      status: "DUE_SOON",
      owner: "COORDINATOR",
    });
    expect(find(file, "QUESTIONNAIRE_RETURN", "2026-08-18")[0]).toMatchObject({
      status: "OVERDUE",
      anchorDate: "2026-08-03",
    });
  });

  it("counts the coordinator's questionnaire follow-up as done once help was offered (V7)", () => {
    const file = {
      ...empty,
      periods: [period("p1", "2026-06-01")],
      questionnaires: [
        {
          periodId: "p1",
          sentDate: "2026-08-03",
          dueDate: "2026-08-17",
          returnedDate: null,
          helpOfferedDate: "2026-08-20",
        },
      ],
    };
    expect(find(file, "QUESTIONNAIRE_RETURN", "2026-09-01")[0]).toMatchObject({
      status: "MET",
      isLate: true,
      metDate: "2026-08-20",
    });
    const returnedFirst = {
      ...file,
      questionnaires: [{ ...file.questionnaires[0]!, returnedDate: "2026-08-15" }],
    };
    expect(find(returnedFirst, "QUESTIONNAIRE_RETURN", "2026-09-01")[0]).toMatchObject({
      status: "MET",
      isLate: false,
      metDate: "2026-08-15",
    });
  });

  it("drops deadlines of an incapacity that ended before they fell due", () => {
    const file = { ...empty, periods: [period("p1", "2026-06-01", "2026-07-10")] };
    expect(computeDeadlines(file)).toEqual([]);
  });

  it("applies the pre-2022 rules: no questionnaire, a quick-scan 2 months after the declaration", () => {
    const file = { ...empty, periods: [period("p1", "2021-03-01", null, { declarationDate: "2021-03-05" })] };
    const rules = computeDeadlines(file).map((d) => [d.rule, d.dueDate, d.regime, d.variant]);
    expect(rules).toEqual([
      ["FIRST_CATEGORY", "2021-05-05", "PRE_2022", "PRE_TNW"],
      ["PHASE_INVALIDITY", "2022-03-01", "PRE_2022", "DEFAULT"],
    ]);
  });

  it("gives the self-employed TNW deadlines only from 2023", () => {
    const before = { ...empty, statute: "SELF_EMPLOYED", periods: [period("p1", "2022-06-01")] };
    const after = { ...empty, statute: "SELF_EMPLOYED", periods: [period("p1", "2023-01-01")] };
    expect(computeDeadlines(before).some((d) => d.rule === "QUESTIONNAIRE_SENT")).toBe(false);
    expect(computeDeadlines(after).some((d) => d.rule === "QUESTIONNAIRE_SENT")).toBe(true);
  });

  it("counts a relapse chain from its root period (V4)", () => {
    const file = {
      ...empty,
      periods: [
        period("root", "2025-01-10", "2025-06-30"),
        period("relapse", "2025-07-10", null, { relapseOfId: "root" }),
      ],
      assessments: [{ periodId: "relapse", assessedDate: "2025-08-01" }],
    };
    const deadlines = computeDeadlines(file);
    expect(deadlines.filter((d) => d.rule === "FIRST_CATEGORY")).toEqual([
      expect.objectContaining({ subjectId: "root", dueDate: "2025-05-10", metDate: "2025-08-01" }),
    ]);
    expect(deadlines.find((d) => d.rule === "PHASE_INVALIDITY")).toMatchObject({
      dueDate: "2026-01-10",
      metDate: "2026-01-10",
    });
  });

  it("gives the coordinator a month from the go-ahead, clamped at month ends, or from the member's request", () => {
    const file = {
      ...empty,
      periods: [period("p1", "2025-09-01")],
      trajectories: [
        {
          id: "t1",
          periodId: "p1",
          status: "REFERRED",
          initiative: "ADVISING_PHYSICIAN",
          goAheadDate: "2026-01-31",
          referredDate: "2026-01-31",
          firstContactDate: null,
          endDate: null,
        },
      ],
    };
    expect(find(file, "FIRST_CONTACT", "2026-02-10")[0]).toMatchObject({
      dueDate: "2026-02-28",
      variant: "DEFAULT",
      owner: "COORDINATOR",
    });
    const own = {
      ...file,
      trajectories: [
        { ...file.trajectories[0]!, initiative: "MEMBER", goAheadDate: null, referredDate: "2026-03-15" },
      ],
    };
    expect(find(own, "FIRST_CONTACT", "2026-03-20")[0]).toMatchObject({
      dueDate: "2026-04-15",
      variant: "MEMBER_REQUEST",
      anchorDate: "2026-03-15",
    });
  });

  it("drops the first-contact deadline when the member declined before it fell due", () => {
    const file = {
      ...empty,
      periods: [period("p1", "2025-09-01")],
      trajectories: [
        {
          id: "t1",
          periodId: "p1",
          status: "DECLINED",
          initiative: "ADVISING_PHYSICIAN",
          goAheadDate: "2026-01-10",
          referredDate: "2026-01-10",
          firstContactDate: null,
          endDate: "2026-01-20",
        },
      ],
    };
    expect(computeDeadlines(file).some((d) => d.rule === "FIRST_CONTACT")).toBe(false);
  });

  it("follows referrals until answered, and forgets cancelled ones", () => {
    const file = {
      ...empty,
      periods: [period("p1", "2025-09-01")],
      referrals: [
        {
          id: "r1",
          sentDate: "2026-01-05",
          expectedResponseDate: "2026-02-04",
          responseDate: "2026-02-10",
          status: "ACCEPTED",
        },
        {
          id: "r2",
          sentDate: "2026-01-05",
          expectedResponseDate: "2026-02-04",
          responseDate: null,
          status: "CANCELLED",
        },
      ],
    };
    expect(find(file, "REFERRAL_RESPONSE", "2026-03-01")).toEqual([
      expect.objectContaining({ subjectId: "r1", status: "MET", isLate: true }),
    ]);
  });

  it("sets the decision, review cycles and expiry of an authorised activity", () => {
    const file = {
      ...empty,
      periods: [period("p1", "2025-09-01")],
      activities: [
        {
          id: "a1",
          periodId: "p1",
          startDate: "2026-03-23",
          status: "AUTHORISED",
          endDate: null,
          decisions: [
            {
              kind: "AUTHORISED",
              decisionDate: "2026-04-20",
              validUntil: "2027-03-22",
              nextReviewDate: "2026-09-01",
            },
            {
              kind: "REVIEWED",
              decisionDate: "2026-08-25",
              validUntil: "2027-03-22",
              nextReviewDate: "2027-02-25",
            },
          ],
        },
      ],
    };
    const deadlines = computeDeadlines(file).filter((d) => d.subjectId === "a1");
    expect(deadlines.map((d) => [d.rule, d.cycle, d.dueDate, d.metDate, d.variant])).toEqual([
      ["ACTIVITY_DECISION", 0, "2026-05-06", "2026-04-20", "DEFAULT"], // 30 working days across Easter and 1 May
      ["ACTIVITY_REVIEW", 0, "2026-09-01", "2026-08-25", "SET_REVIEW"],
      ["ACTIVITY_REVIEW", 1, "2027-02-25", null, "DEFAULT"],
      ["AUTHORISATION_EXPIRY", 0, "2027-03-22", "2026-08-25", "DEFAULT"],
      ["AUTHORISATION_EXPIRY", 1, "2027-03-22", null, "DEFAULT"],
    ]);
  });

  it("needs a self-employed member's decision by the start", () => {
    const file = {
      ...empty,
      statute: "SELF_EMPLOYED",
      periods: [period("p1", "2025-09-01")],
      activities: [
        {
          id: "a1",
          periodId: "p1",
          startDate: "2026-03-23",
          status: "PENDING",
          endDate: null,
          decisions: [],
        },
      ],
    };
    expect(find(file, "ACTIVITY_DECISION", "2026-03-20")[0]).toMatchObject({
      dueDate: "2026-03-23",
      variant: "SELF_EMPLOYED",
      status: "DUE_SOON",
    });
  });

  it("drops the decision of a request withdrawn before it was decided", () => {
    const file = {
      ...empty,
      periods: [period("p1", "2025-09-01")],
      activities: [
        {
          id: "a1",
          periodId: "p1",
          startDate: "2026-03-23",
          status: "WITHDRAWN",
          endDate: null,
          decisions: [],
        },
      ],
    };
    expect(computeDeadlines(file).some((d) => d.rule === "ACTIVITY_DECISION")).toBe(false);
  });
});

describe("status on a day", () => {
  it("is due soon for the next 7 days, today included", () => {
    expect(statusOn({ dueDate: "2026-11-22", metDate: null }, "2026-11-22").status).toBe("DUE_SOON");
    expect(statusOn({ dueDate: "2026-11-28", metDate: null }, "2026-11-22").status).toBe("DUE_SOON");
    expect(statusOn({ dueDate: "2026-11-29", metDate: null }, "2026-11-22").status).toBe("UPCOMING");
    expect(statusOn({ dueDate: "2026-11-21", metDate: null }, "2026-11-22").status).toBe("OVERDUE");
  });
  it("tells met on time from met late", () => {
    expect(statusOn({ dueDate: "2026-11-10", metDate: "2026-11-10" }, "2026-11-22")).toEqual({
      status: "MET",
      isLate: false,
    });
    expect(statusOn({ dueDate: "2026-11-10", metDate: "2026-11-11" }, "2026-11-22")).toEqual({
      status: "MET",
      isLate: true,
    });
  });
  it("does not count a met date that lies in the future", () => {
    expect(statusOn({ dueDate: "2027-06-01", metDate: "2027-06-01" }, "2026-11-22").status).toBe("UPCOMING");
  });
});

describe("reasons", () => {
  const deadline = {
    rule: "QUESTIONNAIRE_RETURN" as const,
    variant: "DEFAULT" as const,
    anchorDate: "2026-03-03",
    dueDate: "2026-03-17",
  };
  it("say why in each language", () => {
    expect(reasonFor(deadline, "en")).toBe(
      "Questionnaire due 14 days after it was sent on 3 March 2026; if it is not back, help the member fill it in.",
    );
    expect(reasonFor(deadline, "nl")).toContain("14 dagen na verzending op 3 maart 2026");
    expect(reasonFor(deadline, "fr")).toContain("14 jours après son envoi le 3 mars 2026");
    expect(reasonFor(deadline, "de")).toBe(
      "Fragebogen 14 Tage nach dem Versand am 3. März 2026 zurück erwartet; ist er nicht zurück, helfen Sie dem Mitglied beim Ausfüllen.",
    );
  });
  it("exist for every rule and variant in every language, French with no-break spaces", () => {
    const variants = ["DEFAULT", "MEMBER_REQUEST", "SELF_EMPLOYED", "SET_REVIEW", "PRE_TNW"] as const;
    for (const rule of DEADLINE_RULES) {
      for (const variant of variants) {
        const texts = LOCALES.map((locale) =>
          reasonFor({ rule, variant, anchorDate: "2026-03-03", dueDate: "2026-04-17" }, locale),
        );
        expect(new Set(texts).size, `${rule}/${variant}`).toBe(LOCALES.length);
        expect(texts[LOCALES.indexOf("fr")], `${rule}/${variant}`).not.toMatch(
          / [:;?!]|[^\u00a0\u202f][;?!]/,
        );
      }
    }
  });
  it("count the days between their own dates, so the sentence cannot contradict the due date", () => {
    const firstCategory = { rule: "FIRST_CATEGORY", variant: "DEFAULT", anchorDate: "2026-01-01" } as const;
    expect(reasonFor({ ...firstCategory, dueDate: "2026-05-01" }, "en")).toBe(
      "First residual-capacity category due in month 4: 120 days after the incapacity started on 1 January 2026.",
    );
    expect(reasonFor({ ...firstCategory, dueDate: "2026-04-01" }, "nl")).toContain(": 90 dagen na het begin");
  });
  it("use the variant's wording", () => {
    expect(
      reasonFor(
        { rule: "FIRST_CONTACT", variant: "MEMBER_REQUEST", anchorDate: "2026-03-15", dueDate: "2026-04-15" },
        "en",
      ),
    ).toBe("First contact due within a month of the member's request on 15 March 2026.");
  });
});
