import type { CSSProperties } from 'react';
import './persona-badge.css';
import { personaHue, personaInitials } from './persona-avatar';

/** The persona's face and name, small: the top of the call stage, a gallery card. */
export function PersonaBadge({ name, role, size = 'small' }: { name: string; role?: string | undefined; size?: 'small' | 'large' }) {
  return (
    <div className={`persona-badge persona-badge-${size}`}>
      <span className="persona-avatar" aria-hidden="true" style={{ '--persona-hue': personaHue(name) } as CSSProperties}>
        {personaInitials(name)}
      </span>
      <span className="persona-badge-text">
        <strong className="persona-badge-name">{name}</strong>
        {role ? <span className="persona-badge-role">{role}</span> : null}
      </span>
    </div>
  );
}
