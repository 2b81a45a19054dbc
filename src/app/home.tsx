import type { ReactNode } from 'react';
import PersonaStudio from '../persona/persona-studio';

/** The first screen: who you will talk to with Start call beside it, then writing and picking personas. */
export function Home({ callControls }: { callControls: ReactNode }) {
  return (
    <div className="home">
      <section className="home-call">{callControls}</section>
      <PersonaStudio />
    </div>
  );
}
