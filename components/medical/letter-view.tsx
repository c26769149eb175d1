import type { Letter } from "@/lib/letters/content";

// Printing shows the letter alone: everything else on the page is hidden, the letter fills the sheet.
const PRINT_CSS = `@media print {
  body * { visibility: hidden; }
  #decision-letter, #decision-letter * { visibility: visible; }
  #decision-letter { position: absolute; inset: 0 auto auto 0; width: 100%; border: 0; box-shadow: none; padding: 0; }
  @page { size: A4; margin: 20mm; }
}`;

/** The decision letter as a sheet of paper, in the member's language (its own lang attribute). */
export function LetterView({ letter }: { letter: Letter }) {
  return (
    <>
      <style>{PRINT_CSS}</style>
      <article
        id="decision-letter"
        lang={letter.lang}
        data-testid="decision-letter"
        className="mx-auto max-w-[210mm] space-y-4 rounded-lg border border-slate-200 bg-white p-10 text-[15px] leading-relaxed shadow-sm"
      >
        <div className="flex flex-wrap justify-between gap-6">
          <p className="font-semibold">
            {letter.sender.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </p>
          <address className="not-italic sm:mt-16 sm:w-1/2">
            {letter.recipient.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
        </div>
        <p>{letter.date}</p>
        <p className="text-sm text-slate-700">
          {letter.references.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </p>
        <h2 className="text-base font-semibold">{letter.subject}</h2>
        <p>{letter.salutation}</p>
        {letter.paragraphs.map((paragraph) => (
          <p key={paragraph} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
        {letter.facts.length ? (
          <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
            {letter.facts.map((fact) => (
              <div key={fact.label} className="contents">
                <dt className="font-semibold">{fact.label}</dt>
                <dd className="whitespace-pre-line">{fact.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {letter.closing.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p>{letter.signOff}</p>
        <p className="pt-6">
          {letter.signature.map((line, index) => (
            <span key={line} className={index === 0 ? "block font-semibold" : "block"}>
              {line}
            </span>
          ))}
        </p>
      </article>
    </>
  );
}
