import { memo, useEffect, useMemo, useRef } from 'react';
import { useMessages } from '../i18n/catalogue';
import { callMessages } from './call-messages';
import { useLineHighlight } from './line-highlight';
import { transcriptLines, type TranscriptLine } from './transcript-reducer';
import { useTranscriptStore } from './transcript-store';

/** How close to the end (px) still counts as "at the end" for following new lines. */
const FOLLOW_SLACK_PX = 48;

/** The latest settled line, for the screen reader: said once when it is final, never delta by delta. */
function lastSettled(lines: readonly TranscriptLine[]): TranscriptLine | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.status !== 'interim') return lines[i];
  return undefined;
}

interface RowProps {
  line: TranscriptLine;
  speaker: string;
  textTag: string;
  note: string;
  highlighted: boolean;
}

/** One line, redrawn only when its own line object changes (the reducer keeps unchanged lines as they were). */
const TranscriptRow = memo(function TranscriptRow({ line, speaker, textTag, note, highlighted }: RowProps) {
  return (
    <li
      className={`line line-${line.speaker} line-${line.status}${highlighted ? ' line-highlighted' : ''}`}
      data-speaker={line.speaker}
      data-status={line.status}
      data-line-id={line.id}
      data-highlighted={highlighted ? '' : undefined}
    >
      <span className="line-speaker">{speaker}</span>
      <span className="line-text">
        {line.heard !== undefined ? `${line.heard}…` : line.text || '…'}
        {line.medium === 'text' && line.speaker === 'assistant' ? <span className="line-tag"> {textTag}</span> : null}
        {note ? <span className="line-note"> ({note})</span> : null}
      </span>
    </li>
  );
});

/**
 * The words of the call. Smooth at 500+ lines (bench/long-call.bench.ts): rows are memoized, lines out of view are
 * skipped by the browser (`content-visibility` on `.line`), and the newest line is kept in view once per frame,
 * only while the reader is at the end — never by scrolling the page itself.
 */
export function TranscriptView({ personaName }: { personaName: string | null }) {
  const m = useMessages(callMessages);
  const order = useTranscriptStore((state) => state.order);
  const lines = useTranscriptStore((state) => state.lines);
  const highlighted = useLineHighlight((state) => state.lineId);
  const visible = useMemo(() => transcriptLines({ order, lines }), [order, lines]);
  const listRef = useRef<HTMLOListElement>(null);
  const following = useRef(true);
  const scrollFrame = useRef(0);
  const persona = personaName ?? m.persona;
  const speakerName = (line: TranscriptLine) => (line.speaker === 'assistant' ? persona : m.you);
  const announced = lastSettled(visible);

  useEffect(() => {
    if (!following.current || visible.length === 0 || scrollFrame.current !== 0) return;
    scrollFrame.current = requestAnimationFrame(() => {
      scrollFrame.current = 0;
      const list = listRef.current;
      if (list) list.scrollTop = list.scrollHeight;
    });
  }, [visible]);
  useEffect(() => () => cancelAnimationFrame(scrollFrame.current), []);

  const onScroll = () => {
    const list = listRef.current;
    if (list) following.current = list.scrollTop + list.clientHeight >= list.scrollHeight - FOLLOW_SLACK_PX;
  };

  return (
    <section className="transcript" aria-label={m.transcript}>
      {visible.length === 0 ? <p className="transcript-empty">{m.transcriptEmpty}</p> : null}
      <ol ref={listRef} className="transcript-lines" tabIndex={visible.length > 0 ? 0 : -1} onScroll={onScroll}>
        {visible.map((line) => (
          <TranscriptRow
            key={line.id}
            line={line}
            speaker={speakerName(line)}
            textTag={m.textTag}
            note={m.lineNote[line.status]}
            highlighted={highlighted === line.id}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announced ? `${speakerName(announced)}: ${announced.heard ?? announced.text}` : ''}
      </p>
    </section>
  );
}
