import { lazy, Suspense, useEffect } from 'react';
import { afterIdle, signalFirstScreenReady, whenIdle } from '../lib/when-idle';
import { useCallStore } from '../call/call-store';
import { CallHomeDetails, CallStart } from '../call/call-home-controls';
import { CallStage } from '../call/call-stage';
import { startEventLogRecording } from '../debug/event-log-buffer';
import { PersonaBadge } from '../persona/persona-badge';
import { usePersonaStore } from '../persona/persona-store';
import { Home } from './home';
import { recheckHealth, useHealthStore } from './health-store';
import { connectPersonaToCall } from './persona-bridge';
import { serviceProblem } from './service-problem';

// Keeping conversations needs none of the call's setup: its code follows right after, so Start call does not wait for it.
const ConversationControls = lazy(afterIdle(() => import('../conversations/conversation-controls').then((m) => ({ default: m.ConversationControls }))));
const StorageNotice = lazy(() => import('../conversations/storage-notice').then((m) => ({ default: m.StorageNotice })));

function connectConversationsLater(): () => void {
  let stop: (() => void) | null = null;
  let cancelled = false;
  void whenIdle().then(() => import('./conversation-bridge')).then((bridge) => {
    if (!cancelled) stop = bridge.connectConversationsToCall();
  });
  return () => {
    cancelled = true;
    stop?.();
  };
}

// The coaching report (its schema, Gemini streaming, its words) loads only on the home screen after the first render.
const ReportPanel = lazy(afterIdle(() => import('../report/report-panel')));

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
  useEffect(() => connectConversationsLater(), []);
  const live = useCallStore((state) => state.status === 'connecting' || state.status === 'connected');
  const canStart = useCallStore((state) => state.personaName !== null && state.serviceProblem === null);
  useEffect(() => {
    if (canStart) signalFirstScreenReady();
  }, [canStart]);
  const persona = usePersonaStore((state) => state.persona);
  const geminiOff = useHealthStore((state) => state.health.state === 'ok' && state.health.health.gemini.mode === 'off');
  if (!live) {
    return (
      <Home
        callStart={<CallStart />}
        callDetails={
          <>
            <CallHomeDetails />
            <Suspense fallback={null}>
              <ConversationControls />
            </Suspense>
            <Suspense fallback={null}>
              <ReportPanel geminiOff={geminiOff} />
            </Suspense>
          </>
        }
      />
    );
  }
  return (
    <>
      <Suspense fallback={null}>
        <StorageNotice />
      </Suspense>
      <CallStage persona={persona ? <PersonaBadge name={persona.name} role={persona.role} /> : null} />
    </>
  );
}
