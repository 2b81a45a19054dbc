import type { SessionUpdate } from './call-config';

/** The session the page has asked for so far: a later update's fields win, `audio.input`/`audio.output` field by field. */
export function mergeSessionUpdates(earlier: SessionUpdate, later: SessionUpdate): SessionUpdate {
  const merged: SessionUpdate = { ...earlier, ...later };
  if (earlier.audio || later.audio) {
    merged.audio = {
      ...earlier.audio,
      ...later.audio,
      input: { ...earlier.audio?.input, ...later.audio?.input },
      output: { ...earlier.audio?.output, ...later.audio?.output },
    };
  }
  return merged;
}
