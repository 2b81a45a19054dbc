/**
 * The recorder: keeps the last EVENT_LOG_CAPACITY realtime events in a ring buffer outside React, so the lazily
 * loaded debug panel shows the call's history when it is opened mid-call. The lazy call section loads it and starts
 * recording, so it is fetched with every call, panel or not: that is why it is kept small.
 */
import { audioFieldOf, trimAudioPayload } from '../../server-token/contract';
import { eventTap, type TappedEvent } from '../call/event-tap';

/** `seq`: monotonic position in the log; survives ring wrap-around, used as a stable row key. */
export type LoggedEvent = TappedEvent & { readonly seq: number };

export const EVENT_LOG_CAPACITY = 20_000;

type FrameScheduler = (flush: () => void) => void;

const nextFrame: FrameScheduler = (flush) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => flush());
  else setTimeout(flush, 16);
};

// Base64 audio chunks (WebSocket transport, or tests) would hold megabytes in the buffer for nothing.
function withoutAudioPayload(tapped: TappedEvent): TappedEvent {
  const field = audioFieldOf(tapped.type);
  if (field === null) return tapped;
  if (tapped.direction === 'client') return { ...tapped, event: withTrimmedField(tapped.event, field) };
  if (tapped.parsed === null) return tapped;
  // The typed parse is the same JSON as the raw event: both must let go of the payload.
  return { ...tapped, event: withTrimmedField(tapped.event, field), parsed: withTrimmedField(tapped.parsed, field) };
}

/** The event with its audio field trimmed; the same object when there is nothing to trim. */
function withTrimmedField<Event extends object>(event: Event, field: string): Event {
  const payload: unknown = (event as Record<string, unknown>)[field];
  if (typeof payload !== 'string') return event;
  const trimmed = trimAudioPayload(payload);
  return trimmed === payload ? event : { ...event, [field]: trimmed };
}

export class EventLogBuffer {
  private readonly slots: (LoggedEvent | undefined)[];
  private head = 0;
  private size = 0;
  private nextSeq = 1;
  private publishedVersion = 0;
  private dirty = false;
  private flushPending = false;
  private cachedEntries: readonly LoggedEvent[] | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly capacity = EVENT_LOG_CAPACITY,
    private readonly scheduleFrame: FrameScheduler = nextFrame,
  ) {
    this.slots = new Array<LoggedEvent | undefined>(capacity);
  }

  push(tapped: TappedEvent): void {
    const entry: LoggedEvent = { ...withoutAudioPayload(tapped), seq: this.nextSeq++ };
    this.slots[(this.head + this.size) % this.capacity] = entry;
    if (this.size < this.capacity) this.size++;
    else this.head = (this.head + 1) % this.capacity;
    this.markDirty();
  }

  clear(): void {
    this.slots.fill(undefined);
    this.head = 0;
    this.size = 0;
    this.markDirty();
  }

  get length(): number {
    return this.size;
  }

  /** Oldest first. The same array is returned until the log changes. */
  entries(): readonly LoggedEvent[] {
    if (this.cachedEntries) return this.cachedEntries;
    const entries = new Array<LoggedEvent>(this.size);
    for (let i = 0; i < this.size; i++) entries[i] = this.slots[(this.head + i) % this.capacity] as LoggedEvent;
    this.cachedEntries = entries;
    return entries;
  }

  /** Entries with a seq above `seq`, oldest first (at most `limit` of them), without copying the whole ring. */
  entriesAfter(seq: number, limit = Infinity): LoggedEvent[] {
    const firstSeq = this.size > 0 ? (this.slots[this.head] as LoggedEvent).seq : this.nextSeq;
    const skip = Math.max(0, Math.min(this.size, seq - firstSeq + 1));
    const count = Math.min(this.size - skip, limit);
    const out = new Array<LoggedEvent>(count);
    for (let i = 0; i < count; i++) out[i] = this.slots[(this.head + skip + i) % this.capacity] as LoggedEvent;
    return out;
  }

  /** Seq of the oldest entry still held (the next seq when empty). */
  oldestSeq(): number {
    return this.size > 0 ? (this.slots[this.head] as LoggedEvent).seq : this.nextSeq;
  }

  /** Changes at most once per frame, and only while someone listens (useSyncExternalStore snapshot). */
  getVersion = (): number => this.publishedVersion;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.dirty) this.requestFlush();
    return () => this.listeners.delete(listener);
  };

  private markDirty(): void {
    this.cachedEntries = null;
    this.dirty = true;
    if (this.listeners.size > 0) this.requestFlush();
  }

  private requestFlush(): void {
    if (this.flushPending) return;
    this.flushPending = true;
    this.scheduleFrame(() => {
      this.flushPending = false;
      if (!this.dirty) return;
      this.dirty = false;
      this.publishedVersion++;
      for (const listener of this.listeners) listener();
    });
  }
}

export const eventLogBuffer = new EventLogBuffer();

let stopRecording: (() => void) | null = null;

/** Call once at app start; calling again is harmless. */
export function startEventLogRecording(): void {
  stopRecording ??= eventTap.subscribe((tapped) => eventLogBuffer.push(tapped));
}
