import { z } from 'zod';
import { LANGUAGE_TAG, MAX_INSTRUCTIONS_CHARS, OUTPUT_MODALITIES, REALTIME_VOICES, TURN_DETECTION_MODES, type TokenRequest } from './contract.ts';

/** The contract's TokenRequest, checked: unknown fields are refused. */
export const tokenRequestSchema = z.strictObject({
  instructions: z.string().max(MAX_INSTRUCTIONS_CHARS).optional(),
  voice: z.enum(REALTIME_VOICES).optional(),
  language: z.string().regex(LANGUAGE_TAG).optional(),
  turnDetection: z.enum(TURN_DETECTION_MODES).optional(),
  outputModality: z.enum(OUTPUT_MODALITIES).optional(),
});

// The schema and the contract describe the same body: either drifting fails the typecheck.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesContract: Same<z.infer<typeof tokenRequestSchema>, TokenRequest> = true;
void schemaMatchesContract;
