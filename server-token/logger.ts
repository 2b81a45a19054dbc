import { createRedactor, type TextRedactor } from './contract.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogSink = (line: string) => void;
export type LogFields = Record<string, unknown>;

export interface Logger {
  log(level: LogLevel, msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  sink?: LogSink;
  now?: () => number;
  /** Exact secret values to scrub in addition to the key-shaped patterns. */
  secrets?: readonly (string | null | undefined)[];
}

/** One JSON object per line; every line is redacted before it reaches the sink. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const sink = options.sink ?? ((line: string) => console.log(line));
  const now = options.now ?? Date.now;
  const redact: TextRedactor = createRedactor(options.secrets ?? []);
  const log = (level: LogLevel, msg: string, fields: LogFields = {}): void => {
    const record = { ts: new Date(now()).toISOString(), level, msg, ...fields };
    let line: string;
    try {
      line = JSON.stringify(record);
    } catch {
      line = JSON.stringify({ ts: record.ts, level, msg, note: 'fields not serialisable' });
    }
    sink(redact(line));
  };
  return {
    log,
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
  };
}
