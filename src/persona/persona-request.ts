import type { PersonaLanguage } from './languages';
import type { DifficultyId, ScenarioTypeId } from './scenarios';
import type { StudioNote } from './studio-messages';

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
export function briefProblem(request: PersonaRequest): StudioNote | undefined {
  if (!request.brief.trim() && !request.scenario) return { code: 'brief_missing' };
  if (request.brief.length > MAX_BRIEF_CHARS) return { code: 'brief_too_long', length: request.brief.length, max: MAX_BRIEF_CHARS };
  return undefined;
}
