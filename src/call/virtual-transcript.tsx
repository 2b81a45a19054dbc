/**
 * The transcript for long calls: the same markup, hooks and messages as TranscriptView, built so that a call of
 * 500+ lines stays smooth (bench/long-call.bench.ts). Three things made the plain view slow at that length:
 * - every transcript delta re-rendered every line: here each line is a memoized row, redrawn only when its own
 *   line object changes (the reducer keeps unchanged lines as the same objects);
 * - every line was laid out and painted, seen or not: here a line off screen is skipped by the browser
 *   (`content-visibility: auto`, its last size remembered through `contain-intrinsic-size: auto`), the CSS form
 *   of windowing that keeps every line in the DOM for find-in-page, copy and screen readers;
 * - keeping the newest line in view read `scrollHeight` after every delta, a forced layout of the whole list each
 *   time (most of the main thread at 500 lines, when a reply's deltas arrive in a burst): here the scroll is set
 *   once per frame, in the frame's own animation callback, where the layout is needed for painting anyway; and only
 *   while the reader is at the end, so it never pulls someone who scrolled up back down.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { useMessages } from '../i18n/catalogue';
import { callMessages } from './call-messages';
import { transcriptLines, type TranscriptLine } from './transcript-reducer';
import { useTranscriptStore } from './transcript-store';

/** How close to the end (px) still counts as "at the end" for following new lines. */
const FOLLOW_SLACK_PX = 48;
const LINE_STYLE = { contentVisibility: 'auto', containIntrinsicSize: 'auto 3.5rem' } as const;

function lastSettled(lines: readonly TranscriptLine[]): TranscriptLine | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.status !== 'interim') return lines[i];
  return undefined;
}

interface RowProps {
  line: TranscriptLine;
  speaker: string;
  textTag: string;
  note: string;
}

const TranscriptRow = memo(function TranscriptRow({ line, speaker, textTag, note }: RowProps) {
  return (
    <li className={`line line-${line.speaker} line-${line.status}`} data-speaker={line.speaker} data-status={line.status} style={LINE_STYLE}>
      <span className="line-speaker">{speaker}</span>
      <span className="line-text">
        {line.heard !== undefined ? `${line.heard}…` : line.text || '…'}
        {line.medium === 'text' && line.speaker === 'assistant' ? <span className="line-tag"> {textTag}</span> : null}
        {note ? <span className="line-note"> ({note})</span> : null}
      </span>
    </li>
  );
});

export function VirtualTranscript({ personaName }: { personaName: string | null }) {
  const m = useMessages(callMessages);
  const order = useTranscriptStore((state) => state.order);
  const lines = useTranscriptStore((state) => state.lines);
  const visible = useMemo(() => transcriptLines({ order, lines }), [order, lines]);
  const listRef = useRef<HTMLOListElement>(null);
  const following = useRef(true);
  const persona = personaName ?? m.persona;
  const speakerName = (line: TranscriptLine) => (line.speaker === 'assistant' ? persona : m.you);
  const announced = lastSettled(visible);

  const scrollFrame = useRef(0);
  // Inside the transcript only; the page itself never scrolls. The frame callback runs before that frame's paint.
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
          <TranscriptRow key={line.id} line={line} speaker={speakerName(line)} textTag={m.textTag} note={m.lineNote[line.status]} />
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announced ? `${speakerName(announced)}: ${announced.heard ?? announced.text}` : ''}
      </p>
    </section>
  );
}
