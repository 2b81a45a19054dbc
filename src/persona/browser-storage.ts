/** Storage access that never throws (private mode, disabled storage, node tests without a DOM). */

export function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readItem(storage: Storage | undefined, key: string): string {
  try {
    return storage?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** An empty value removes the item. Failures are ignored: the value still applies for this page. */
export function writeItem(storage: Storage | undefined, key: string, value: string): void {
  try {
    if (value) storage?.setItem(key, value);
    else storage?.removeItem(key);
  } catch {
    // ignored on purpose
  }
}
