import { languageInfo } from './languages';
import type { PersonaRequest } from './persona-request';
import { difficultyById, scenarioById } from './scenarios';

export type { PersonaRequest };

/** Language names stay out of the system instruction on purpose: the user prompt alone says which to use. */
export const PERSONA_SYSTEM_INSTRUCTION = [
  'You design characters for spoken role-play practice. The user will talk to the character out loud in a live voice call.',
  'Reply with one JSON object that follows the response schema exactly, and nothing else.',
  'Write every text field in the requested language (only the JSON keys, the voice and the language code stay as they are).',
  'Make the character specific and believable: a culturally fitting name, a concrete situation, a clear attitude that matches the difficulty.',
  'The opening line is spoken aloud to start the conversation: one or two short, natural sentences that fit the scene and invite the user to answer.',
  'The user goal describes what the learner should try to achieve, written to the learner.',
  'Pick the voice that best fits the character (gender, age, mood).',
].join('\n');

export function buildPersonaPrompt(request: PersonaRequest): string {
  const language = languageInfo(request.language);
  const scenario = scenarioById(request.scenario);
  const difficulty = difficultyById(request.difficulty);
  const lines = [`Language: ${language.englishName} (${language.label}, code "${language.code}")`];
  if (scenario) lines.push(`Scenario: ${scenario.label} — ${scenario.prompt}`);
  lines.push(`Difficulty: ${difficulty.label} — the character is ${difficulty.prompt}`);
  if (request.brief.trim()) lines.push(`Brief: ${request.brief.trim().replace(/\s+/g, ' ')}`);
  lines.push(`Write the persona now, every text field in ${language.englishName}.`);
  return lines.join('\n');
}

/** Sent as the next user turn after the model's invalid answer (which goes back as the model turn). */
export function buildRepairPrompt(problems: string): string {
  return [
    'The JSON you wrote is not a valid persona.',
    `Problems: ${problems}`,
    'Reply with the corrected JSON object only: keep everything that was right, fix the problems, follow the schema exactly.',
  ].join('\n');
}
