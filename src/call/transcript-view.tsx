import { useEffect, useMemo, useRef } from 'react';
import { transcriptLines } from './transcript-reducer';
import { useTranscriptStore } from './transcript-store';

const LABEL = { user: 'You', assistant: 'Persona' } as const;
const STATUS_NOTE = { interim: '', final: '', interrupted: ' (interrupted)', failed: ' (not transcribed)' } as const;

export function TranscriptView({ personaName }: { personaName: string | null }) {
  const order = useTranscriptStore((state) => state.order);
  const lines = useTranscriptStore((state) => state.lines);
  const visible = useMemo(() => transcriptLines({ order, lines }), [order, lines]);
  const endRef = useRef<HTMLLIElement>(null);

  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [visible]);

  return (
    <section className="transcript" aria-label="Transcript">
      {visible.length === 0 ? <p className="transcript-empty">The conversation appears here as you talk.</p> : null}
      <ol role="log" aria-live="polite" className="transcript-lines">
        {visible.map((line) => (
          <li key={line.id} className={`line line-${line.speaker} line-${line.status}`} data-speaker={line.speaker} data-status={line.status}>
            <span className="line-speaker">{line.speaker === 'assistant' ? (personaName ?? LABEL.assistant) : LABEL.user}</span>
            <span className="line-text">
              {line.heard !== undefined ? `${line.heard}…` : line.text || '…'}
              {line.medium === 'text' && line.speaker === 'assistant' ? <span className="line-tag"> text</span> : null}
              <span className="line-note">{STATUS_NOTE[line.status]}</span>
            </span>
          </li>
        ))}
        <li ref={endRef} aria-hidden="true" className="transcript-end" />
      </ol>
    </section>
  );
}
