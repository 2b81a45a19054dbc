import { useEffect } from 'react';
import { startEventLogRecording } from '../debug/event-log-buffer';
import { connectPersonaToCall } from '../app/persona-bridge';
import { CallPanel } from './call-panel';

// The call engine (WebRTC, audio, the Realtime rules) is its own chunk: the first screen does not need it,
// and the app starts fetching it right after the first render, long before anyone presses Start.
startEventLogRecording();

export default function CallSection() {
  useEffect(() => connectPersonaToCall(), []);
  return <CallPanel />;
}
