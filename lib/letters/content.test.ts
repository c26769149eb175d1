import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";

import { buildDecisionLetter, letterLanguageOf, letterLines, type LetterInput } from "@/lib/letters/content";
import { renderLetterPdf, toWinAnsi } from "@/lib/letters/pdf";

function input(
  overrides: Partial<LetterInput["decision"]> = {},
  member: Partial<LetterInput["member"]> = {},
) {
  return {
    member: {
      firstName: "Lotte",
      lastName: "Peeters",
      insz: "85073003328",
      address: "Veldstraat 12",
      postalCode: "9000",
      municipality: "Gent",
      statute: "EMPLOYEE",
      language: "nl",
      ...member,
    },
    sender: { teamName: "Team Vlaanderen", physicianName: "Dr. Anna Claes" },
    activity: {
      id: "0193a1b2-aaaa-7000-8000-000000000001",
      requestReceivedDate: "2026-09-28",
      startDate: "2026-10-01",
      natureOfWork: "Administrative work, mornings",
      requestedWeeklyHours: 19,
      referenceWeeklyHours: 38,
      employerName: "Acme NV",
    },
    decision: {
      kind: "AUTHORISED",
      decisionDate: "2026-10-15",
      authorisedWeeklyHours: 19,
      conditions: "No lifting above 10 kg",
      validUntil: "2027-09-30",
      nextReviewDate: "2027-04-15",
      refusalReason: null,
      ...overrides,
    },
  } satisfies LetterInput;
}

describe("decision letter content", () => {
  it("authorises in Dutch with hours, fraction, dates, conditions and the benefit effect (V17)", () => {
    const letter = buildDecisionLetter(input());
    expect(letter.language).toBe("nl");
    expect(letter.lang).toBe("nl-BE");
    expect(letter.subject).toContain("toegelaten activiteit");
    expect(letter.paragraphs[0]).toBe(
      "Op 15 oktober 2026 heeft de adviserend arts de activiteit toegelaten die u op 28 september 2026 aanvroeg: Administrative work, mornings, vanaf 1 oktober 2026.",
    );
    const facts = Object.fromEntries(letter.facts.map((f) => [f.label, f.value]));
    expect(facts["Toegelaten uren"]).toBe(
      "hoogstens 19 uur per week (referentie 38 uur: tewerkstellingsbreuk 50 %)",
    );
    expect(facts["Geldig tot"]).toBe("30 september 2027");
    expect(facts["Volgende herziening uiterlijk op"]).toBe("15 april 2027");
    expect(facts["Voorwaarden"]).toBe("No lifting above 10 kg");
    // 50 % − 20 = 30 % less benefit.
    expect(facts["Uitkering"]).toContain("met 30 % verminderd: u behoudt 70 %");
    expect(letter.recipient).toEqual(["Lotte Peeters", "Veldstraat 12", "9000 Gent"]);
    expect(letter.signature).toEqual(["Dr. Anna Claes", "adviserend arts"]);
  });

  it("writes French for a French-speaking member, and German and English when asked", () => {
    const fr = buildDecisionLetter(input({}, { language: "fr" }));
    expect(fr.language).toBe("fr");
    expect(fr.paragraphs[0]).toContain("Le 15 octobre 2026, le médecin-conseil a autorisé");
    expect(fr.salutation).toBe("Madame, Monsieur,");
    expect(buildDecisionLetter(input({}, { language: "de" })).signature[1]).toBe("beratender Arzt");
    expect(buildDecisionLetter(input(), "en").paragraphs[0]).toContain(
      "On 15 October 2026 the advising physician authorised",
    );
    expect(letterLanguageOf("xx")).toBe("nl");
  });

  it("writes German as East Belgian funds do: the advising physician, the benefit and the labour court", () => {
    const de = buildDecisionLetter(input({}, { language: "de" }));
    expect(de.date).toBe("15. Oktober 2026");
    expect(de.paragraphs[0]).toBe(
      "Am 15. Oktober 2026 hat der beratende Arzt die Tätigkeit erlaubt, die Sie am 28. September 2026 beantragt haben: Administrative work, mornings, ab dem 1. Oktober 2026.",
    );
    const facts = Object.fromEntries(de.facts.map((f) => [f.label, f.value]));
    expect(facts["Entschädigung"]).toContain("wird Ihre Tagesentschädigung um 30 % gekürzt");
    expect(de.closing.at(-1)).toContain("beim Arbeitsgericht Einspruch erheben");
  });

  it("sets French punctuation with no-break spaces, in the letter and in its plain-text lines", () => {
    const late = input({ kind: "REFUSED", refusalReason: "Trop d'heures" }, { language: "fr" });
    late.activity.requestReceivedDate = "2026-10-08";
    for (const letter of [buildDecisionLetter(input({}, { language: "fr" })), buildDecisionLetter(late)]) {
      const lines = letterLines(letter).join("\n");
      expect(lines).toContain("\u00a0:");
      expect(lines).not.toMatch(/ [:;?!]|[^\u00a0\u202f][;?!]/);
    }
  });

  it("names both the requested and the authorised hours when fewer are authorised", () => {
    const letter = buildDecisionLetter(
      input({ kind: "AUTHORISED_FEWER_HOURS", authorisedWeeklyHours: 15.2 }),
      "en",
    );
    expect(letter.paragraphs[0]).toContain("at most 15.2 hours a week instead of 19");
    const hours = letter.facts.find((f) => f.label === "Authorised hours")!.value;
    expect(hours).toBe("at most 15.2 hours a week (reference 38 hours: work fraction 40 %)");
  });

  it("refuses with the reason and what to do, and no hours, dates of validity or benefit", () => {
    const letter = buildDecisionLetter(
      input({
        kind: "REFUSED",
        authorisedWeeklyHours: null,
        conditions: null,
        validUntil: null,
        nextReviewDate: null,
        refusalReason: "The proposed work does not fit your current restrictions.",
      }),
      "en",
    );
    expect(letter.paragraphs).toContain("Reason: The proposed work does not fit your current restrictions.");
    expect(letter.paragraphs.join(" ")).toContain("stop this activity");
    expect(letter.facts.map((f) => f.label)).toEqual(["Activity", "Employer", "Start"]);
    expect(letter.closing).toHaveLength(1);
  });

  it("keeps the full benefit up to 20 % and leaves the benefit out for other statutes", () => {
    const small = buildDecisionLetter(input({ authorisedWeeklyHours: 7.6 }), "en");
    expect(small.facts.find((f) => f.label === "Benefit")!.value).toBe(
      "With a work fraction of 20 % you keep your full benefit.",
    );
    const selfEmployed = buildDecisionLetter(input({}, { statute: "SELF_EMPLOYED" }), "en");
    expect(selfEmployed.facts.find((f) => f.label === "Benefit")).toBeUndefined();
  });

  it("tells a late request's consequence (V13) on the first decision only", () => {
    const late = input();
    late.activity.requestReceivedDate = "2026-10-08"; // a week after the start: 10 % less until then
    const letter = buildDecisionLetter(late, "en");
    expect(letter.paragraphs.join(" ")).toContain(
      "Your benefit is therefore reduced by 10 % from 1 October 2026 to 8 October 2026.",
    );
    const veryLate = input();
    veryLate.activity.requestReceivedDate = "2026-10-20";
    veryLate.decision.decisionDate = "2026-10-21";
    expect(buildDecisionLetter(veryLate, "en").paragraphs.join(" ")).toContain(
      "You therefore receive no benefit from 1 October 2026 to 20 October 2026.",
    );
    const renewal = input({ kind: "RENEWED", decisionDate: "2027-09-01", validUntil: "2029-08-31" });
    renewal.activity.requestReceivedDate = "2026-10-08";
    const renewed = buildDecisionLetter(renewal, "en");
    expect(renewed.paragraphs).toEqual([
      "On 1 September 2027 the advising physician renewed the authorisation of your activity (Administrative work, mornings) until 31 August 2029.",
    ]);
  });

  it("carries nothing but the decision's facts (no medical field can reach it)", () => {
    const text = letterLines(buildDecisionLetter(input(), "en")).join("\n");
    expect(text).not.toMatch(/diagnos|medical notes|certificate/i);
  });
});

describe("decision letter PDF", () => {
  it("maps characters the standard font cannot draw", () => {
    expect(toWinAnsi("1\u202f234 ≤ 2 – “ok” €")).toBe("1\u00a0234 ? 2 – “ok” €");
    expect(toWinAnsi("Zoë Çelik, Größe")).toBe("Zoë Çelik, Größe");
  });

  it("renders an A4 PDF with the letter's title and language", async () => {
    const letter = buildDecisionLetter(input({ conditions: "Geen tillen ≥ 10 kg" }, { language: "fr" }));
    const bytes = await renderLetterPdf(letter);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe(letter.subject);
    expect(Math.round(pdf.getPage(0).getWidth())).toBe(595);
  });
});
