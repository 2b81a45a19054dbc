/**
 * Hand-written windowing for fixed-height rows: only the rows in view (plus a little overscan) are in the DOM,
 * so a log of tens of thousands of events costs the same as one of fifty. Sticks to the bottom while the
 * reader is at the bottom, so new events stay in view without stealing the scroll from someone reading.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export const ROW_HEIGHT_PX = 22;
const OVERSCAN_ROWS = 8;
// jsdom (and a not-yet-laid-out panel) report a height of 0; render a screenful anyway.
const FALLBACK_VIEWPORT_PX = 440;

interface VirtualListProps<Row> {
  rows: readonly Row[];
  rowKey: (row: Row) => number | string;
  renderRow: (row: Row, index: number) => ReactNode;
  className?: string;
  label: string;
}

export function VirtualList<Row>({ rows, rowKey, renderRow, className, label }: VirtualListProps<Row>) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(FALLBACK_VIEWPORT_PX);
  const stickToBottom = useRef(true);

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => setViewportHeight(viewport.clientHeight || FALLBACK_VIEWPORT_PX));
    observer.observe(viewport);
    return () => observer.disconnect();
  }, []);

  const totalHeight = rows.length * ROW_HEIGHT_PX;

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport || !stickToBottom.current) return;
    const bottom = Math.max(0, totalHeight - (viewport.clientHeight || FALLBACK_VIEWPORT_PX));
    if (viewport.scrollTop !== bottom) viewport.scrollTop = bottom;
    setScrollTop(bottom);
  }, [totalHeight]);

  const onScroll = () => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    stickToBottom.current = viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - ROW_HEIGHT_PX;
    setScrollTop(viewport.scrollTop);
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT_PX) - OVERSCAN_ROWS);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewportHeight) / ROW_HEIGHT_PX) + OVERSCAN_ROWS);
  const visible: ReactNode[] = [];
  for (let index = first; index < last; index++) {
    const row = rows[index] as Row;
    visible.push(
      <div key={rowKey(row)} role="listitem" className="dbg-vrow" style={{ top: index * ROW_HEIGHT_PX, height: ROW_HEIGHT_PX }}>
        {renderRow(row, index)}
      </div>,
    );
  }

  return (
    <div ref={viewportRef} className={`dbg-viewport ${className ?? ''}`} onScroll={onScroll} role="list" aria-label={label}>
      <div className="dbg-vspacer" style={{ height: totalHeight }}>
        {visible}
      </div>
    </div>
  );
}
