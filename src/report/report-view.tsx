import { useMessages } from '../i18n/catalogue';
import { itemsOf, shownCorrections, textOf } from './draft-reading';
import { reportMessages } from './report-messages';
import type { ReportLine } from './report-lines';
import { CORRECTION_KINDS, GOAL_VERDICTS, SCORE_NAMES, type ReportDraft } from './report-schema';

interface ReportViewProps {
  draft: ReportDraft;
  lines: readonly ReportLine[];
  /** The correction whose line is highlighted, by line id. */
  selectedLineId?: string | null;
  onSelectLine?: (lineId: string) => void;
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => values.includes(value as T);

/** The report as far as it is written: each section appears as soon as Gemini starts it. */
export function ReportView({ draft, lines, selectedLineId = null, onSelectLine }: ReportViewProps) {
  const m = useMessages(reportMessages);
  const goal = typeof draft.goal === 'object' && draft.goal !== null ? (draft.goal as Record<string, unknown>) : null;
  const wentWell = itemsOf(draft.wentWell).filter((item) => textOf(item.point));
  const corrections = shownCorrections(draft, lines);
  const phrases = itemsOf(draft.phrases).filter((item) => textOf(item.phrase));
  const scores = typeof draft.scores === 'object' && draft.scores !== null ? (draft.scores as Record<string, unknown>) : null;
  return (
    <div className="report-body">
      {textOf(draft.summary) ? (
        <section data-report-field="summary">
          <h4>{m.summary}</h4>
          <p className="report-summary">{textOf(draft.summary)}</p>
        </section>
      ) : null}
      {goal && isOneOf(GOAL_VERDICTS, goal.reached) ? (
        <section data-report-field="goal">
          <h4>{m.goal}</h4>
          <p>
            <strong className={`report-goal report-goal-${goal.reached}`}>{m.goalVerdict[goal.reached]}</strong> {textOf(goal.why)}
          </p>
        </section>
      ) : null}
      {wentWell.length ? (
        <section data-report-field="wentWell">
          <h4>{m.wentWell}</h4>
          <ul>
            {wentWell.map((item, index) => (
              <li key={index}>{textOf(item.point)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {corrections.length ? (
        <section data-report-field="corrections">
          <h4>{m.corrections}</h4>
          <ul className="report-corrections">
            {corrections.map((c, index) => (
              <li key={index} data-correction="" data-line-ref={c.ref} data-selected={selectedLineId === c.lineId ? '' : undefined}>
                <button type="button" className="report-correction" aria-pressed={selectedLineId === c.lineId} disabled={!onSelectLine} onClick={() => onSelectLine?.(c.lineId)}>
                  <span className="report-said">
                    {m.youSaid}: <q data-quote="">{c.quote}</q>
                  </span>
                  {c.better ? (
                    <span className="report-better">
                      {m.better}: <q data-better="">{c.better}</q>
                    </span>
                  ) : null}
                </button>
                {isOneOf(CORRECTION_KINDS, c.kind) ? <span className="report-kind">{m.kind[c.kind]}</span> : null}
                {c.why ? <p className="report-why">{c.why}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {phrases.length ? (
        <section data-report-field="phrases">
          <h4>{m.phrases}</h4>
          <dl className="report-phrases">
            {phrases.map((item, index) => (
              <div key={index}>
                <dt>{textOf(item.phrase)}</dt>
                <dd>{textOf(item.meaning)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {textOf(draft.focus) ? (
        <section data-report-field="focus">
          <h4>{m.focus}</h4>
          <p>{textOf(draft.focus)}</p>
        </section>
      ) : null}
      {scores ? (
        <section data-report-field="scores">
          <h4>{m.scores}</h4>
          <dl className="report-scores">
            {SCORE_NAMES.filter((name) => typeof scores[name] === 'number').map((name) => (
              <div key={name}>
                <dt>
                  {m.scoreName[name]} <strong>{String(scores[name])}</strong>
                </dt>
                <dd className="report-rubric">{m.rubric[name]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
