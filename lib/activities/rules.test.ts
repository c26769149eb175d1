import { describe, expect, it } from "vitest";

import {
  benefitEffect,
  checkDecision,
  decisionDueDate,
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

  it("lets a review keep a renewed validity that runs past start + 2 years", () => {
    const renewed = { ...activity, startDate: "2024-10-05", requestReceivedDate: "2024-10-01" };
    const review = {
      kind: "REVIEWED" as const,
      decisionDate: "2026-11-20",
      authorisedWeeklyHours: 19,
      validUntil: "2028-09-30",
      nextReviewDate: "2027-05-20",
    };
    expect(checkDecision(renewed, review, today)).toEqual({});
    expect(checkDecision(renewed, { ...review, kind: "RENEWED" }, today)).toEqual({});
    expect(checkDecision(renewed, { ...review, kind: "RENEWED", validUntil: "2028-11-21" }, today)).toEqual({
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
