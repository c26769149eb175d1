"use client";
// Last resort when the root layout itself fails: no translations are available here, so all three languages.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main id="main">
          <h1>Er ging iets mis · Une erreur s&apos;est produite · Something went wrong</h1>
          <p>Referentie · Référence · Reference: {error.digest ?? "—"}</p>
        </main>
      </body>
    </html>
  );
}
