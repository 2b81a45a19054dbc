// Microphone failures as data: one `kind` per thing the user can do something about.

export type MicErrorKind = 'permission-denied' | 'no-device' | 'device-busy' | 'unsupported' | 'audio-graph';

export class MicError extends Error {
  override readonly name = 'MicError';

  constructor(
    readonly kind: MicErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Maps what getUserMedia threw (a DOMException, by name) to a MicError. */
export function toMicError(error: unknown): MicError {
  if (error instanceof MicError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const detail = error instanceof Error && error.message ? `: ${error.message}` : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError': // old Chrome name
      return new MicError('permission-denied', `Microphone permission was denied (${name})${detail}`, { cause: error });
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return new MicError('no-device', `No matching microphone was found (${name})${detail}`, { cause: error });
    case 'NotReadableError':
    case 'AbortError':
    case 'TrackStartError':
      return new MicError('device-busy', `The microphone could not be started; another app may be using it (${name})${detail}`, {
        cause: error,
      });
    case 'TypeError':
    case 'NotSupportedError':
      return new MicError('unsupported', `This browser cannot capture the microphone here (${name})${detail}`, { cause: error });
    default:
      return new MicError('audio-graph', `The microphone could not be set up${name ? ` (${name})` : ''}${detail}`, { cause: error });
  }
}
