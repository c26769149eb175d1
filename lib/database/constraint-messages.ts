// What each database constraint means to the person filling in the form: the field it belongs to and the
// message key (namespace `validation`). PostgreSQL holds the rule; this turns its refusal into a field error
// instead of a 500. Domains add their constraints here when they add them to a migration.
export interface ConstraintMessage {
  field: string;
  key: string;
}

export const CONSTRAINT_MESSAGES: Record<string, ConstraintMessage> = {
  User_email_key: { field: "email", key: "emailTaken" },
  User_email_lowercase: { field: "email", key: "invalidEmail" },
  User_team_required: { field: "teamId", key: "teamRequired" },
  Team_name_key: { field: "name", key: "teamNameTaken" },
};
