import { create } from 'zustand';

/** The transcript line another part of the page points at (a report's correction), shown highlighted. */
export const useLineHighlight = create<{ lineId: string | null }>()(() => ({ lineId: null }));

export function highlightLine(lineId: string | null): void {
  useLineHighlight.setState({ lineId });
  if (lineId === null) return;
  const element = document.querySelector(`[data-line-id="${CSS.escape(lineId)}"]`);
  element?.scrollIntoView({ block: 'nearest' });
}
