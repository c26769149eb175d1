import { describe, expect, it } from "vitest";

import {
  authorisedHoursAfter,
  benefitEffect,
  checkDecision,
  DECISION_FIELDS,
  DECISION_KINDS,
  DECISION_RULES,
  decisionDueDate,
  decisionKindsFor,
  decisionOutcome,
  isDecidable,
  isFirstDecision,
  latestValidUntilFor,
  latenessOf,
  latestReviewDate,
  latestValidUntil,
  workFraction,
} from "@/lib/activities/rules";

describe("work fraction", () => {
  it("is hours ÷ reference × 100 to two decimals", () => {
    expect(workFraction(19, 38)).toBe(50);
    expect(workFraction(7.6, 38)).toBe(20);
    expect(workFraction(10, 38)).toBe(26.32);
    expect(workFraction(12.5, 37.5)).toBe(33.33);
  });
});

describe("benefit effect (V17)", () => {
  it.each([
    [10, 0, 100],
    [20, 0, 100], // up to 20 % the full benefit
    [20.49, 0, 100],
    [20.5, 1, 99], // .5 rounds up
    [21, 1, 99],
    [26.32, 6, 94],
    [50, 30, 70], // half-time loses 30 %
    [50.5, 31, 69],
    [80, 60, 40],
  ])("fraction %d %% → reduction %d %%, benefit %d %%", (fraction, reduction, benefit) => {
    expect(benefitEffect(fraction)).toEqual({ reductionPercent: reduction, benefitPercent: benefit });
  });
});

describe("lateness (V13)", () => {
  // Start on Monday 23 November 2026: the last working day before is Friday 20 November.
  const start = "2026-11-23";
  it("is on time up to the last working day before the start", () => {
    expect(latenessOf("2026-11-20", start)).toMatchObject({
      lateness: "ON_TIME",
      onTimeUntil: "2026-11-20",
      affected: null,
    });
  });
  it("costs 10 % when received on the weekend before, or up to start + 14 days", () => {
    expect(latenessOf("2026-11-21", start).lateness).toBe("LATE_REDUCED");
    expect(latenessOf("2026-12-07", start)).toMatchObject({
      lateness: "LATE_REDUCED",
      affected: { from: start, until: "2026-12-07" },
    });
  });
  it("costs the benefit from the start until the day received after 14 days", () => {
    expect(latenessOf("2026-12-08", start)).toMatchObject({
      lateness: "LATE_NO_BENEFIT",
      affected: { from: start, until: "2026-12-08" },
    });
  });
  it("skips a public holiday when finding the last working day", () => {
    // Start Thursday 12 November 2026: 11 November is a holiday, so the request had to arrive by 10 November.
    expect(latenessOf("2026-11-11", "2026-11-12").lateness).toBe("LATE_REDUCED");
    expect(latenessOf("2026-11-10", "2026-11-12").lateness).toBe("ON_TIME");
  });
});

describe("decision, review and validity dates (V14, V18)", () => {
  it("decision within 30 working days of the start, holidays excluded", () => {
    expect(decisionDueDate("2026-03-23")).toBe("2026-05-06");
  });
  it("grants last at most two years and reviews come within six months", () => {
    expect(latestValidUntil("2024-02-29")).toBe("2026-02-28");
    expect(latestReviewDate("2026-08-31")).toBe("2027-02-28");
  });
});

describe("checkDecision", () => {
  const activity = {
    startDate: "2026-10-05",
    requestReceivedDate: "2026-10-01",
    requestedWeeklyHours: 19,
    referenceWeeklyHours: 38,
    statute: "EMPLOYEE",
  };
  const today = "2026-11-22";

  it("accepts an authorisation within two years with a review within six months", () => {
    expect(
      checkDecision(
        activity,
        {
          kind: "AUTHORISED",
          decisionDate: "2026-10-20",
          authorisedWeeklyHours: 19,
          validUntil: "2028-10-05",
          nextReviewDate: "2027-04-20",
        },
        today,
      ),
    ).toEqual({});
  });

  it("refuses validity beyond two years, a late review, or more hours than requested", () => {
    expect(
      checkDecision(
        activity,
        {
          kind: "AUTHORISED",
          decisionDate: "2026-10-20",
          authorisedWeeklyHours: 20,
          validUntil: "2028-10-06",
          nextReviewDate: "2027-04-21",
        },
        today,
      ),
    ).toEqual({
      authorisedWeeklyHours: ["authorisedHours"],
      validUntil: ["validTwoYears"],
      nextReviewDate: ["reviewWithinSixMonths"],
    });
  });

  it("needs fewer hours than requested for 'authorise fewer hours'", () => {
    expect(
      checkDecision(
        activity,
        {
          kind: "AUTHORISED_FEWER_HOURS",
          decisionDate: "2026-10-20",
          authorisedWeeklyHours: 19,
          validUntil: "2027-10-05",
          nextReviewDate: "2027-01-20",
        },
        today,
      ),
    ).toEqual({ authorisedWeeklyHours: ["fewerHoursThanRequested"] });
  });

  it("lets a review keep a renewed validity that runs past start + 2 years, without restating it", () => {
    const renewed = { ...activity, startDate: "2024-10-05", requestReceivedDate: "2024-10-01" };
    const review = { kind: "REVIEWED" as const, decisionDate: "2026-11-20", nextReviewDate: "2027-05-20" };
    expect(checkDecision(renewed, review, today)).toEqual({});
    const renewal = { ...review, kind: "RENEWED" as const, authorisedWeeklyHours: 19 };
    expect(checkDecision(renewed, { ...renewal, validUntil: "2028-09-30" }, today)).toEqual({});
    expect(checkDecision(renewed, { ...renewal, validUntil: "2028-11-21" }, today)).toEqual({
      validUntil: ["validTwoYears"],
    });
  });

  it("needs a reason to refuse", () => {
    expect(
      checkDecision(activity, { kind: "REFUSED", decisionDate: "2026-10-20", refusalReason: "" }, today),
    ).toEqual({ refusalReason: ["required"] });
  });

  it("requires a self-employed member's authorisation before the start (V20)", () => {
    const selfEmployed = { ...activity, statute: "SELF_EMPLOYED" };
    const late = {
      kind: "AUTHORISED" as const,
      decisionDate: "2026-10-06",
      authorisedWeeklyHours: 19,
      validUntil: "2027-10-05",
      nextReviewDate: "2027-01-06",
    };
    expect(checkDecision(selfEmployed, late, today)).toEqual({ decisionDate: ["selfEmployedPriorDecision"] });
    expect(
      checkDecision(
        selfEmployed,
        { ...late, decisionDate: "2026-10-05", nextReviewDate: "2027-01-05" },
        today,
      ),
    ).toEqual({});
  });
});

describe("decision kinds (DECISION_RULES)", () => {
  it("lets a pending request be authorised, for fewer hours, or refused, and an authorisation be renewed or reviewed", () => {
    expect(decisionKindsFor("PENDING")).toEqual(["AUTHORISED", "AUTHORISED_FEWER_HOURS", "REFUSED"]);
    expect(decisionKindsFor("AUTHORISED")).toEqual(["RENEWED", "REVIEWED"]);
    for (const status of ["REFUSED", "WITHDRAWN", "ENDED"]) {
      expect(decisionKindsFor(status)).toEqual([]);
      expect(isDecidable(status)).toBe(false);
    }
    expect(isDecidable("PENDING")).toBe(true);
    expect(isDecidable("AUTHORISED")).toBe(true);
  });

  it("counts a refusal as a first decision, like the authorisations", () => {
    expect(DECISION_KINDS.filter(isFirstDecision)).toEqual([
      "AUTHORISED",
      "AUTHORISED_FEWER_HOURS",
      "REFUSED",
    ]);
  });

  it("says which fields each kind takes, requires or must leave empty", () => {
    const uses = Object.fromEntries(
      DECISION_KINDS.map((kind) => [
        kind,
        DECISION_FIELDS.map((field) => DECISION_RULES[kind].fields[field]),
      ]),
    );
    // authorisedWeeklyHours, validUntil, nextReviewDate, conditions, refusalReason
    expect(uses).toEqual({
      AUTHORISED: ["required", "required", "required", "optional", "empty"],
      AUTHORISED_FEWER_HOURS: ["required", "required", "required", "optional", "empty"],
      REFUSED: ["empty", "empty", "empty", "empty", "required"],
      RENEWED: ["required", "required", "required", "optional", "empty"],
      REVIEWED: ["empty", "empty", "required", "kept", "empty"],
    });
  });

  it("asks for hours exactly when the hours follow the request, and for a validity when it is set anew", () => {
    for (const kind of DECISION_KINDS) {
      const rule = DECISION_RULES[kind];
      const setsHours = ["asRequested", "fewerThanRequested", "upToRequested"].includes(rule.hours);
      expect(rule.fields.authorisedWeeklyHours === "required", kind).toBe(setsHours);
      const setsValidity = rule.validFrom === "start" || rule.validFrom === "decision";
      expect(rule.fields.validUntil === "required", kind).toBe(setsValidity);
    }
  });

  it("counts the two years from the start for a first grant, from the decision for a renewal (V18)", () => {
    expect(latestValidUntilFor("AUTHORISED", "2026-10-05", "2026-10-20")).toBe("2028-10-05");
    expect(latestValidUntilFor("AUTHORISED_FEWER_HOURS", "2026-10-05", "2026-10-20")).toBe("2028-10-05");
    expect(latestValidUntilFor("RENEWED", "2026-10-05", "2027-09-01")).toBe("2029-09-01");
    expect(latestValidUntilFor("REVIEWED", "2026-10-05", "2027-09-01")).toBeNull();
    expect(latestValidUntilFor("REFUSED", "2026-10-05", "2026-10-20")).toBeNull();
  });

  it("takes the requested hours for 'authorise', the current ones for a review and the typed ones otherwise", () => {
    const current = { requestedWeeklyHours: 19, authorisedWeeklyHours: 15 };
    expect(authorisedHoursAfter("AUTHORISED", current, 12)).toBe(19);
    expect(authorisedHoursAfter("AUTHORISED_FEWER_HOURS", current, 12)).toBe(12);
    expect(authorisedHoursAfter("RENEWED", current, 17)).toBe(17);
    expect(authorisedHoursAfter("RENEWED", current, undefined)).toBeNull();
    expect(authorisedHoursAfter("REVIEWED", current, 19)).toBe(15);
    expect(authorisedHoursAfter("REFUSED", current, 19)).toBeNull();
  });
});

describe("checkDecision per kind", () => {
  const activity = {
    startDate: "2026-10-05",
    requestReceivedDate: "2026-10-01",
    requestedWeeklyHours: 19,
    referenceWeeklyHours: 38,
    statute: "EMPLOYEE",
  };
  const today = "2026-11-22";
  const grant = {
    decisionDate: "2026-10-20",
    authorisedWeeklyHours: 19,
    validUntil: "2027-10-05",
    nextReviewDate: "2027-01-20",
    conditions: "Mornings only",
  };

  it("refuses 'authorise' with hours other than the requested ones, and asks for them", () => {
    expect(checkDecision(activity, { kind: "AUTHORISED", ...grant }, today)).toEqual({});
    expect(
      checkDecision(activity, { kind: "AUTHORISED", ...grant, authorisedWeeklyHours: 18.99 }, today),
    ).toEqual({ authorisedWeeklyHours: ["hoursAsRequested"] });
    expect(
      checkDecision(activity, { kind: "AUTHORISED", ...grant, authorisedWeeklyHours: null }, today),
    ).toEqual({ authorisedWeeklyHours: ["required"] });
  });

  it("requires hours, validity and review for every grant", () => {
    for (const kind of ["AUTHORISED", "AUTHORISED_FEWER_HOURS", "RENEWED"] as const) {
      expect(checkDecision(activity, { kind, decisionDate: grant.decisionDate }, today), kind).toEqual({
        authorisedWeeklyHours: ["required"],
        validUntil: ["required"],
        nextReviewDate: ["required"],
      });
    }
  });

  it("lets a renewal keep or lower the hours but not raise them above the request", () => {
    const renewal = { ...grant, kind: "RENEWED" as const, decisionDate: "2026-11-20" };
    expect(checkDecision(activity, { ...renewal, authorisedWeeklyHours: 12 }, today)).toEqual({});
    expect(checkDecision(activity, { ...renewal, authorisedWeeklyHours: 19.5 }, today)).toEqual({
      authorisedWeeklyHours: ["authorisedHours"],
    });
  });

  it("refuses a review that states hours or a validity, so it cannot raise hours or extend a grant", () => {
    const review = { kind: "REVIEWED" as const, decisionDate: "2026-11-20", nextReviewDate: "2027-05-20" };
    expect(checkDecision(activity, review, today)).toEqual({});
    expect(checkDecision(activity, { ...review, conditions: "Afternoons too" }, today)).toEqual({});
    expect(
      checkDecision(activity, { ...review, authorisedWeeklyHours: 25, validUntil: "2030-01-01" }, today),
    ).toEqual({
      authorisedWeeklyHours: ["notForDecisionKind"],
      validUntil: ["notForDecisionKind"],
    });
    // Even values the rules would allow for a grant are refused: a review changes nothing but the next review.
    expect(
      checkDecision(activity, { ...review, authorisedWeeklyHours: 10, validUntil: "2027-01-01" }, today),
    ).toEqual({ authorisedWeeklyHours: ["notForDecisionKind"], validUntil: ["notForDecisionKind"] });
    expect(checkDecision(activity, { ...review, nextReviewDate: null }, today)).toEqual({
      nextReviewDate: ["required"],
    });
    expect(checkDecision(activity, { ...review, refusalReason: "No" }, today)).toEqual({
      refusalReason: ["notForDecisionKind"],
    });
  });

  it("refuses a refusal that also grants hours, a validity, a review or conditions", () => {
    const refusal = { kind: "REFUSED" as const, decisionDate: "2026-10-20", refusalReason: "Not yet" };
    expect(checkDecision(activity, refusal, today)).toEqual({});
    expect(checkDecision(activity, { ...refusal, ...grant, refusalReason: "Not yet" }, today)).toEqual({
      authorisedWeeklyHours: ["notForDecisionKind"],
      validUntil: ["notForDecisionKind"],
      nextReviewDate: ["notForDecisionKind"],
      conditions: ["notForDecisionKind"],
    });
    expect(checkDecision(activity, { ...refusal, refusalReason: "  " }, today)).toEqual({
      refusalReason: ["required"],
    });
  });

  it("lets a self-employed member's request be refused after the start, but not authorised (V20)", () => {
    const selfEmployed = { ...activity, statute: "SELF_EMPLOYED" };
    expect(
      checkDecision(
        selfEmployed,
        { kind: "REFUSED", decisionDate: "2026-10-20", refusalReason: "Late" },
        today,
      ),
    ).toEqual({});
    expect(
      checkDecision(
        selfEmployed,
        { kind: "AUTHORISED_FEWER_HOURS", ...grant, authorisedWeeklyHours: 10 },
        today,
      ),
    ).toEqual({
      decisionDate: ["selfEmployedPriorDecision"],
    });
  });
});

describe("decisionOutcome", () => {
  const current = {
    requestedWeeklyHours: 19,
    authorisedWeeklyHours: 15,
    validUntil: "2027-10-05",
    conditions: "Mornings only",
  };

  it("keeps the hours, validity and (unless replaced) conditions of the grant a review confirms", () => {
    const review = { kind: "REVIEWED" as const, decisionDate: "2027-03-01", nextReviewDate: "2027-08-01" };
    expect(decisionOutcome(current, { ...review, conditions: "" })).toEqual({
      status: "AUTHORISED",
      authorisedWeeklyHours: 15,
      validUntil: "2027-10-05",
      nextReviewDate: "2027-08-01",
      conditions: "Mornings only",
      refusalReason: null,
    });
    expect(decisionOutcome(current, { ...review, conditions: "Afternoons" }).conditions).toBe("Afternoons");
  });

  it("writes the requested hours for 'authorise' and clears everything but the reason for a refusal", () => {
    expect(
      decisionOutcome(
        { ...current, authorisedWeeklyHours: null, validUntil: null, conditions: null },
        {
          kind: "AUTHORISED",
          decisionDate: "2026-10-20",
          authorisedWeeklyHours: 19,
          validUntil: "2028-10-05",
          nextReviewDate: "2027-04-20",
          conditions: "",
        },
      ),
    ).toEqual({
      status: "AUTHORISED",
      authorisedWeeklyHours: 19,
      validUntil: "2028-10-05",
      nextReviewDate: "2027-04-20",
      conditions: null,
      refusalReason: null,
    });
    expect(
      decisionOutcome(current, { kind: "REFUSED", decisionDate: "2026-10-20", refusalReason: "Not yet" }),
    ).toEqual({
      status: "REFUSED",
      authorisedWeeklyHours: null,
      validUntil: null,
      nextReviewDate: null,
      conditions: null,
      refusalReason: "Not yet",
    });
  });
});
