import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useMessages } from '../i18n/catalogue';
import { afterIdle } from '../lib/when-idle';
import { PersonaSummary } from './persona-summary';
import { usePersonaStore } from './persona-store';
import { studioMessages } from './studio-messages';
import './persona-studio.css';

const PersonaGallery = lazy(() => import('./persona-gallery'));
// On the screen, but not needed to start a call: fetched when the browser is idle.
const GeminiSettingsPanel = lazy(afterIdle(() => import('./gemini-settings-panel')));
const GenerationStatus = lazy(afterIdle(() => import('./generation-status')));
const BriefForm = lazy(afterIdle(() => import('./brief-form').then((m) => ({ default: m.BriefForm }))));

/**
 * The first screen: the persona as a card with Start call (`callStart`) beside it, one action to write a new one
 * from a brief, and the built-in and saved personas as a gallery. Every field is one Edit away.
 */
export default function PersonaStudio({ callStart, callDetails }: { callStart?: ReactNode; callDetails?: ReactNode }) {
  const m = useMessages(studioMessages);
  const loadFromHash = usePersonaStore((s) => s.loadFromHash);

  useEffect(() => {
    const applyHash = () => {
      if (!loadFromHash(window.location.hash)) return;
      // Drop the hash once read, so a reload keeps later edits instead of re-applying the link.
      history.replaceState(null, '', window.location.pathname + window.location.search);
    };
    applyHash();
    window.addEventListener('hashchange', applyHash);
    return () => window.removeEventListener('hashchange', applyHash);
  }, [loadFromHash]);

  return (
    <div className="persona-studio">
      <PersonaSummary start={callStart} details={callDetails} />
      <section className="persona-create" aria-labelledby="persona-create-title">
        <h2 id="persona-create-title">{m.createHeading}</h2>
        <Suspense fallback={null}>
          <BriefForm />
          <GenerationStatus />
        </Suspense>
      </section>
      <section className="persona-gallery" aria-labelledby="persona-gallery-title">
        <h2 id="persona-gallery-title">{m.galleryHeading}</h2>
        <Suspense fallback={null}>
          <PersonaGallery />
        </Suspense>
      </section>
      <Suspense fallback={null}>
        <GeminiSettingsPanel />
      </Suspense>
    </div>
  );
}
