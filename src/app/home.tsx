import type { ReactNode } from 'react';
import PersonaStudio from '../persona/persona-studio';

/** The first screen: the persona card with Start call on it, then writing and picking personas. */
export function Home({ callStart, callDetails }: { callStart: ReactNode; callDetails?: ReactNode }) {
  return (
    <div className="home">
      <PersonaStudio callStart={callStart} callDetails={callDetails} />
    </div>
  );
}
