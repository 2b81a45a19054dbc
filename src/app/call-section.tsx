import { useEffect } from 'react';
import { CallPanel } from '../call/call-panel';
import { startEventLogRecording } from '../debug/event-log-buffer';
import { connectPersonaToCall } from './persona-bridge';

// The call engine (WebRTC, audio, the Realtime rules) is its own chunk: the first screen does not need it,
// and the app starts fetching it right after the first render, long before anyone presses Start.
startEventLogRecording();

export default function CallSection() {
  useEffect(() => connectPersonaToCall(), []);
  return <CallPanel />;
}
