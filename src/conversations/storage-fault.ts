/**
 * Why keeping conversations failed, as the page says it. Each is shown once; none of them stops a call.
 * - unavailable: no IndexedDB here (a private window, storage turned off) or it would not open.
 * - quota: the browser's storage for this site is full.
 * - unreadable: a saved conversation could not be read (damaged, or written by a newer version); it is left as it is.
 * - other_tab: another tab took over the conversation; this tab keeps its part as a new conversation.
 */
export type StorageFaultKind = 'unavailable' | 'quota' | 'unreadable' | 'other_tab';

export class StorageFault extends Error {
  constructor(
    readonly kind: StorageFaultKind,
    cause?: unknown,
  ) {
    super(`conversation storage: ${kind}`, { cause });
    this.name = 'StorageFault';
  }
}

/** Maps what IndexedDB threw (a DOMException by name, or a transaction's error) to the fault the user is told of. */
export function storageFaultOf(error: unknown): StorageFault {
  if (error instanceof StorageFault) return error;
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return new StorageFault('quota', error);
  if (name === 'DataError' || name === 'DataCloneError' || name === 'SyntaxError') return new StorageFault('unreadable', error);
  return new StorageFault('unavailable', error);
}
