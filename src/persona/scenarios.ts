/** The scenario types and difficulties a user can pick instead of (or on top of) writing a brief. */
export const SCENARIO_TYPES = [
  { id: 'job-interview', label: 'Job interview', prompt: 'a job interview where the persona is the interviewer' },
  { id: 'cafe-order', label: 'Café order', prompt: 'ordering at a café where the persona works behind the counter' },
  { id: 'sales-call', label: 'Sales call', prompt: 'a sales call where the persona is a potential customer the user must win over' },
  { id: 'manager-talk', label: 'Hard conversation with a manager', prompt: 'a difficult conversation where the persona is the user\'s manager' },
  { id: 'language-practice', label: 'Language practice', prompt: 'relaxed small talk where the persona is a friendly local helping the user practise the language' },
  { id: 'customer-complaint', label: 'Customer complaint', prompt: 'a customer complaint where the persona is an unhappy customer and the user works for the company' },
] as const;
export type ScenarioTypeId = (typeof SCENARIO_TYPES)[number]['id'];

export const DIFFICULTIES = [
  { id: 'easy', label: 'Easy', prompt: 'patient, friendly and forgiving; speaks slowly and simply' },
  { id: 'normal', label: 'Normal', prompt: 'realistic: neither easy nor hostile' },
  { id: 'hard', label: 'Hard', prompt: 'demanding and sceptical; pushes back, interrupts, asks hard follow-up questions' },
] as const;
export type DifficultyId = (typeof DIFFICULTIES)[number]['id'];

export function scenarioById(id: ScenarioTypeId | '' | undefined): (typeof SCENARIO_TYPES)[number] | undefined {
  return SCENARIO_TYPES.find((s) => s.id === id);
}

export function difficultyById(id: DifficultyId): (typeof DIFFICULTIES)[number] {
  return DIFFICULTIES.find((d) => d.id === id) ?? DIFFICULTIES[1];
}
