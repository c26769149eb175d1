"use client";
// Last resort when the root layout itself fails: no translations are available here, so every interface
// language, each marked with its own lang.
const TEXTS = [
  { lang: "nl", title: "Er ging iets mis.", reference: "Referentie:" },
  { lang: "fr", title: "Une erreur s'est produite.", reference: "Référence\u00a0:" },
  { lang: "de", title: "Etwas ist schiefgelaufen.", reference: "Referenz:" },
  { lang: "en", title: "Something went wrong.", reference: "Reference:" },
] as const;

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main id="main">
          <h1>
            {TEXTS.map((text, index) => (
              <span key={text.lang} lang={text.lang}>
                {index ? " · " : ""}
                {text.title}
              </span>
            ))}
          </h1>
          {TEXTS.map((text) => (
            <p key={text.lang} lang={text.lang}>
              {text.reference} {error.digest ?? "—"}
            </p>
          ))}
        </main>
      </body>
    </html>
  );
}
