import type { HealthState } from './use-health';

/** Says plainly which services the page is talking to, and what is wrong with them. */
export function ServiceBanner({ health }: { health: HealthState }) {
  if (health.state === 'loading') return null;
  if (health.state === 'unreachable') {
    return (
      <p className="banner banner-error" role="alert">
        The token server is not reachable, so calls cannot start. Run <code>npm start</code> (or <code>npm run server</code>) and reload.
      </p>
    );
  }
  const { mode, model, modelCheck } = health.health;
  return (
    <>
      {mode === 'simulator' ? (
        <p className="banner banner-simulator" data-testid="simulator-banner">
          <strong>Simulator mode.</strong> No OpenAI key is set, so calls go to the local Realtime simulator (and personas to the
          local Gemini simulator). It hears your voice and answers with recorded speech. Put your keys in <code>.env</code> to talk
          to the real services.
        </p>
      ) : null}
      {modelCheck.status === 'unavailable' ? (
        <p className="banner banner-error" role="alert">
          The token server’s key cannot use the Realtime model <code>{model}</code>.{' '}
          {modelCheck.availableModels?.length
            ? `Set OPENAI_REALTIME_MODEL to one of: ${modelCheck.availableModels.join(', ')}.`
            : 'Set OPENAI_REALTIME_MODEL to a realtime model your key can use.'}
        </p>
      ) : null}
    </>
  );
}
