import { describe, expect, it } from "vitest";

import { LOCALES } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { taskTitle } from "@/lib/tasks/rules";

describe("taskTitle", () => {
  it("shows what the user typed for a manual task, in whatever language they typed it", () => {
    const t = translatorFor("fr");
    expect(taskTitle({ kind: "MANUAL", title: "Werkgever bellen" }, t)).toBe("Werkgever bellen");
  });

  it("writes the title of a task Reprise made in the reader's language", () => {
    const titles = LOCALES.map((locale) =>
      taskTitle({ kind: "QUESTIONNAIRE_HELP", title: null }, translatorFor(locale)),
    );
    expect(titles).toEqual([
      "Hulp bieden bij het invullen van de vragenlijst",
      "Aider le membre à remplir le questionnaire",
      "Dem Mitglied beim Ausfüllen des Fragebogens helfen",
      "Help the member fill in the questionnaire",
    ]);
    expect(taskTitle({ kind: "REFERRAL_CHASE", title: null }, translatorFor("de"))).toBe(
      "Bei der Weiterleitung nachfassen: noch keine Antwort",
    );
  });
});
