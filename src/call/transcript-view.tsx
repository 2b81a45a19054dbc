import { useEffect, useMemo, useRef } from 'react';
import { useMessages } from '../i18n/catalogue';
import { callMessages } from './call-messages';
import { useLineHighlight } from './line-highlight';
import { transcriptLines, type TranscriptLine } from './transcript-reducer';
import { useTranscriptStore } from './transcript-store';

/** The latest settled line, for the screen reader: said once when it is final, never delta by delta. */
function lastSettled(lines: readonly TranscriptLine[]): TranscriptLine | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.status !== 'interim') return lines[i];
  return undefined;
}

export function TranscriptView({ personaName }: { personaName: string | null }) {
  const m = useMessages(callMessages);
  const order = useTranscriptStore((state) => state.order);
  const lines = useTranscriptStore((state) => state.lines);
  const highlighted = useLineHighlight((state) => state.lineId);
  const visible = useMemo(() => transcriptLines({ order, lines }), [order, lines]);
  const listRef = useRef<HTMLOListElement>(null);
  const speakerName = (line: TranscriptLine) => (line.speaker === 'assistant' ? (personaName ?? m.persona) : m.you);
  const announced = lastSettled(visible);

  // Keep the newest line in view inside the transcript itself; the page never scrolls on its own.
  useEffect(() => {
    const list = listRef.current;
    if (list && visible.length > 0) list.scrollTop = list.scrollHeight;
  }, [visible]);

  return (
    <section className="transcript" aria-label={m.transcript}>
      {visible.length === 0 ? <p className="transcript-empty">{m.transcriptEmpty}</p> : null}
      <ol ref={listRef} className="transcript-lines" tabIndex={visible.length > 0 ? 0 : -1}>
        {visible.map((line) => (
          <li
            key={line.id}
            className={`line line-${line.speaker} line-${line.status}${highlighted === line.id ? ' line-highlighted' : ''}`}
            data-speaker={line.speaker}
            data-status={line.status}
            data-line-id={line.id}
            data-highlighted={highlighted === line.id ? '' : undefined}
          >
            <span className="line-speaker">{speakerName(line)}</span>
            <span className="line-text">
              {line.heard !== undefined ? `${line.heard}…` : line.text || '…'}
              {line.medium === 'text' && line.speaker === 'assistant' ? <span className="line-tag"> {m.textTag}</span> : null}
              {m.lineNote[line.status] ? <span className="line-note"> ({m.lineNote[line.status]})</span> : null}
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announced ? `${speakerName(announced)}: ${announced.heard ?? announced.text}` : ''}
      </p>
    </section>
  );
}
