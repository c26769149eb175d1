import { describe, expect, it } from "vitest";

import { consentPurposeText } from "@/lib/consents/rules";
import { translatorFor } from "@/lib/i18n/translator";

describe("consentPurposeText", () => {
  it("writes a coded purpose in the reader's language, whoever recorded it", () => {
    const consent = { purposeCode: "WORK_ADJUSTMENTS", purpose: null } as const;
    expect(consentPurposeText(consent, translatorFor("en"))).toBe(
      "Discuss work adjustments with the employer",
    );
    expect(consentPurposeText(consent, translatorFor("de"))).toBe(
      "Arbeitsanpassungen mit dem Arbeitgeber besprechen",
    );
    expect(consentPurposeText(consent, translatorFor("fr"))).toBe(
      "Discuter d'aménagements du travail avec l'employeur",
    );
  });

  it("keeps the coordinator's own words for another purpose", () => {
    const consent = { purposeCode: "OTHER", purpose: "Budgetbegeleiding bij het OCMW" } as const;
    expect(consentPurposeText(consent, translatorFor("fr"))).toBe("Budgetbegeleiding bij het OCMW");
  });
});
