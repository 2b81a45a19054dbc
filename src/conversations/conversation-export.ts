import type { UiLocale } from '../i18n/locale';
import { CONVERSATION_SCHEMA_VERSION, durationMs, totalCostUsd, type ConversationRecord, type SavedLine } from './conversation-record';
import { formatCost, formatDate, formatDuration, formatTime } from './figures-format';
import type { ConversationMessages } from './messages';

export const EXPORT_FORMAT = 'persona-talk.conversation';

/**
 * The JSON export (documented in README, "Conversations"): the record as kept, without the tab bookkeeping.
 * Times are ms since the epoch; the recordings are listed, their audio is downloaded on its own.
 */
export function conversationJson(record: ConversationRecord, exportedAt: number): string {
  const { writer: _writer, schemaVersion: _version, ...conversation } = record;
  return `${JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: CONVERSATION_SCHEMA_VERSION, exportedAt: new Date(exportedAt).toISOString(), conversation }, null, 2)}\n`;
}

function lineNote(line: SavedLine, m: ConversationMessages): string {
  const notes: string[] = [];
  if (line.medium === 'text') notes.push(m.typed);
  if (line.status === 'interrupted') notes.push(line.heard !== undefined ? `${m.interrupted}; ${m.heard}: “${line.heard}”` : m.interrupted);
  if (line.status === 'failed') notes.push(m.notUnderstood);
  return notes.length ? ` _(${notes.join('; ')})_` : '';
}

/** Markdown has no escape for everything; what matters is that a line cannot start a heading or a list. */
function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/([*_`[\]<>#])/g, '\\$1');
}

/** A readable transcript under a short persona header, in the page's language. */
export function conversationMarkdown(record: ConversationRecord, m: ConversationMessages, locale: UiLocale): string {
  const { persona } = record;
  const cost = totalCostUsd(record);
  const facts = [
    persona.role,
    formatDate(record.spans[0]!.startedAt, locale),
    formatDuration(durationMs(record)),
    m.lineCount(record.lines.length),
    m.calls(record.spans.length),
    cost === null ? m.costUnknown : formatCost(cost),
  ];
  const out = [
    `# ${inline(m.conversationWith(persona.name))}`,
    '',
    facts.map(inline).join(' · '),
    '',
    `> **${m.scene}:** ${inline(persona.scene)}`,
    '>',
    `> **${m.yourGoal}:** ${inline(persona.userGoal)}`,
    '',
  ];
  for (const line of record.lines) {
    const who = line.speaker === 'user' ? m.you : persona.name;
    out.push(`**${inline(who)}** (${formatTime(line.at, locale)}): ${inline(line.text)}${lineNote(line, m)}`, '');
  }
  return out.join('\n');
}

/** A name for the file: persona and start, nothing a file system objects to. */
export function exportFileName(record: ConversationRecord, extension: string): string {
  const stamp = new Date(record.spans[0]!.startedAt).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const name = record.persona.name.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'conversation';
  return `${name}-${stamp}.${extension}`;
}

/** Hands the browser a file to save. */
export function downloadFile(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
