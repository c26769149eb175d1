import { z, zId } from "@/lib/validation";

/** The physician has read a returned questionnaire (it leaves their work queue). */
export const ZMarkQuestionnaireReadSchema = z.object({ questionnaireId: zId() });
export type TMarkQuestionnaireRead = z.infer<typeof ZMarkQuestionnaireReadSchema>;
