import type { PersonaLanguage } from './languages';
import type { DifficultyId, ScenarioTypeId } from './scenarios';

/** What the user asks Gemini for. */
export interface PersonaRequest {
  language: PersonaLanguage;
  /** Free text from the user; may be empty when a scenario type is picked. */
  brief: string;
  scenario: ScenarioTypeId | '';
  difficulty: DifficultyId;
}

export const MAX_BRIEF_CHARS = 2_000;

/** `undefined` when there is something to write a persona from. */
export function briefProblem(request: PersonaRequest): string | undefined {
  if (!request.brief.trim() && !request.scenario) return 'Write a short brief or pick a scenario type first.';
  if (request.brief.length > MAX_BRIEF_CHARS) return `The brief is too long (${request.brief.length} characters; at most ${MAX_BRIEF_CHARS}).`;
  return undefined;
}
