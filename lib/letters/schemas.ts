import { LETTER_LANGUAGES } from "@/lib/letters/texts";
import { z } from "@/lib/validation";

/** The letter page's and the PDF download's query: which decision (default: the latest) and language. */
export const ZLetterQuerySchema = z.object({
  decision: z.uuid().optional(),
  lang: z.enum(LETTER_LANGUAGES).optional(),
});
export type TLetterQuery = z.infer<typeof ZLetterQuerySchema>;
