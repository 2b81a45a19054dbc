import { useMessages } from '../i18n/catalogue';
import { appMessages } from './app-messages';
import { useHealthStore } from './health-store';

/**
 * Says plainly which services the page is talking to. What is wrong with them is said once, beside Start call
 * (see service-problem.ts), not here.
 */
export function ServiceBanner() {
  const m = useMessages(appMessages);
  const health = useHealthStore((state) => state.health);
  if (health.state !== 'ok' || health.health.mode !== 'simulator') return null;
  return (
    <p className="banner banner-simulator" data-testid="simulator-banner">
      <strong>{m.simulatorTitle}</strong> {m.simulatorText}
    </p>
  );
}
