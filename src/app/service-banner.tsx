import { useHealthStore } from './health-store';

/**
 * Says plainly which services the page is talking to. What is wrong with them is said once, beside Start call
 * (see service-problem.ts), not here.
 */
export function ServiceBanner() {
  const health = useHealthStore((state) => state.health);
  if (health.state !== 'ok' || health.health.mode !== 'simulator') return null;
  return (
    <p className="banner banner-simulator" data-testid="simulator-banner">
      <strong>Simulator mode.</strong> No OpenAI key is set, so calls go to the local Realtime simulator (and personas to the
      local Gemini simulator). It hears your voice and answers with recorded speech. Put your keys in <code>.env</code> to talk
      to the real services.
    </p>
  );
}
