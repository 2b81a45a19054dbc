import { lazy, Suspense, useEffect } from 'react';
import { BriefForm } from './brief-form';
import { GeminiSettingsPanel } from './gemini-settings-panel';
import { GenerationStatus } from './generation-status';
import { LibraryPanel } from './library-panel';
import { PersonaCard } from './persona-card';
import { usePersonaStore } from './persona-store';
import './persona-studio.css';

const PresetCards = lazy(() => import('./preset-cards'));

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
