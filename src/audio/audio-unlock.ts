// One AudioContext for the page, and the gesture-time unlock Safari/iOS need before audio may start.

let sharedContext: AudioContext | undefined;

/** The page's AudioContext, created on first use at the output device's own rate (no forced sampleRate). */
export function getSharedAudioContext(): AudioContext {
  if (!sharedContext || sharedContext.state === 'closed') {
    if (typeof AudioContext === 'undefined') throw new Error('Web Audio is not available in this browser');
    sharedContext = new AudioContext({ latencyHint: 'interactive' });
  }
  return sharedContext;
}

/** A 44-byte-header WAV of `frames` silent 8 kHz mono 16-bit samples, as a data URI (for unlocking <audio>). */
export function silentWavDataUri(frames = 8): string {
  const dataBytes = frames * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, 8000, true); // sample rate
  view.setUint32(28, 16000, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:audio/wav;base64,${btoa(binary)}`;
}

/**
 * Call synchronously from a user gesture (click, keydown) before anything is awaited: resumes the shared
 * AudioContext and plays the pre-created <audio> element silently, so later playback of the assistant's
 * stream is allowed on Safari/iOS. Never rejects; whatever the browser refuses stays locked.
 */
export async function unlockAudio(element?: HTMLAudioElement): Promise<void> {
  // Everything that needs the gesture is started before the first await.
  const pending: Promise<unknown>[] = [];
  try {
    const context = getSharedAudioContext();
    if (context.state !== 'running') pending.push(context.resume());
    playSilentBuffer(context);
  } catch {
    // No Web Audio: playback through <audio> still works.
  }
  if (element) pending.push(playElementSilently(element));
  await Promise.allSettled(pending);
}

function playSilentBuffer(context: AudioContext): void {
  // A one-sample buffer started inside the gesture is what unlocks Web Audio on older iOS.
  const buffer = context.createBuffer(1, 1, context.sampleRate);
  const source = context.createBufferSource();
  source.buffer = buffer;
  source.connect(context.destination);
  source.start(0);
  source.onended = () => source.disconnect();
}

async function playElementSilently(element: HTMLAudioElement): Promise<void> {
  const hasStream = element.srcObject !== null && element.srcObject !== undefined;
  if (hasStream) {
    // The assistant's stream is already attached (its autoplay was blocked): just start it.
    await element.play();
    return;
  }
  const wasMuted = element.muted;
  const hadSrc = element.getAttribute('src');
  element.muted = true;
  if (!hadSrc) element.src = silentWavDataUri();
  try {
    await element.play();
  } finally {
    // A stream may have been attached while play() was pending: leave that one playing.
    if (element.srcObject === null || element.srcObject === undefined) {
      element.pause();
      if (!hadSrc) {
        element.removeAttribute('src');
        element.load();
      }
    }
    element.muted = wasMuted;
  }
}
