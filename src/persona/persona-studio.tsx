import { lazy, Suspense, useEffect } from 'react';
import { BriefForm } from './brief-form.tsx';
import { GeminiSettingsPanel } from './gemini-settings-panel.tsx';
import { GenerationStatus } from './generation-status.tsx';
import { LibraryPanel } from './library-panel.tsx';
import { PersonaCard } from './persona-card.tsx';
import { usePersonaStore } from './persona-store.ts';
import './persona-studio.css';

const PresetCards = lazy(() => import('./preset-cards.tsx'));

/** Write, edit, save and share the persona the call will play. */
export default function PersonaStudio() {
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
      <BriefForm />
      <GenerationStatus />
      <PersonaCard />
      <LibraryPanel />
      <Suspense fallback={null}>
        <PresetCards />
      </Suspense>
      <GeminiSettingsPanel />
    </div>
  );
}
