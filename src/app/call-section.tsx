import { useEffect } from 'react';
import { useCallStore } from '../call/call-store';
import { CallHomeDetails, CallStart } from '../call/call-home-controls';
import { CallStage } from '../call/call-stage';
import { ConversationControls } from '../conversations/conversation-controls';
import { StorageNotice } from '../conversations/storage-notice';
import { startEventLogRecording } from '../debug/event-log-buffer';
import { PersonaBadge } from '../persona/persona-badge';
import { usePersonaStore } from '../persona/persona-store';
import { Home } from './home';
import { recheckHealth, useHealthStore } from './health-store';
import { connectConversationsToCall } from './conversation-bridge';
import { connectPersonaToCall } from './persona-bridge';
import { serviceProblem } from './service-problem';

// The call engine (WebRTC, audio, the Realtime rules) is its own chunk: the first screen does not need it,
// and the app starts fetching it right after the first render, long before anyone presses Start.
startEventLogRecording();

/** The token server's health decides whether a call can start at all; the call panel shows why not. */
function connectHealthToCall(): () => void {
  const apply = () => useCallStore.setState({ serviceProblem: serviceProblem(useHealthStore.getState().health) });
  apply();
  const unsubscribeHealth = useHealthStore.subscribe(apply);
  // A call that failed for the server's reason sends the page to look again, so the message follows the server.
  const unsubscribeCall = useCallStore.subscribe((state, previous) => {
    if (state.status === 'failed' && previous.status !== 'failed') recheckHealth();
  });
  return () => {
    unsubscribeHealth();
    unsubscribeCall();
  };
}

/** While a call is being set up or is live, it takes the main area; otherwise the home screen, with Start on it. */
export default function CallSection() {
  useEffect(() => connectPersonaToCall(), []);
  useEffect(() => connectHealthToCall(), []);
  useEffect(() => connectConversationsToCall(), []);
  const live = useCallStore((state) => state.status === 'connecting' || state.status === 'connected');
  const persona = usePersonaStore((state) => state.persona);
  if (!live) {
    return (
      <Home
        callStart={<CallStart />}
        callDetails={
          <>
            <CallHomeDetails />
            <ConversationControls />
          </>
        }
      />
    );
  }
  return (
    <>
      <StorageNotice />
      <CallStage persona={persona ? <PersonaBadge name={persona.name} role={persona.role} /> : null} />
    </>
  );
}
