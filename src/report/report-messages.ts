import { defineMessages } from '../i18n/catalogue';
import type { GeminiFailureCode, GeminiFailureParams } from '../persona/gemini-failure-codes';
import type { CorrectionKind, GoalVerdict } from './report-schema';

const seconds = (p: GeminiFailureParams) => Math.ceil((p.retryAfterMs ?? 0) / 1000);

const en = {
  title: 'Coaching report',
  offer: 'Gemini can write feedback on this call: what went well, corrections of your own words, phrases to keep.',
  create: 'Write my report',
  writing: 'Gemini is writing your report…',
  stop: 'Stop',
  retry: 'Retry',
  regenerate: 'Write it again',
  practiceAgain: 'Practice again',
  practiceHint: 'Calls the same persona again, told to give you chances to use these corrections.',
  tooShort: (count: number) => `A report needs at least two turns from you; this call had ${count}.`,
  noGemini: 'No report: Gemini is turned off on this server (GEMINI_API_KEY is not set). The transcript is kept as it is.',
  saved: 'Kept with this conversation in History.',
  notSaved: 'The report could not be saved in this browser; it stays on screen until you leave.',
  summary: 'Summary',
  goal: 'Goal',
  goalVerdict: { yes: 'Reached', partly: 'Partly reached', not_yet: 'Not yet' } satisfies Record<GoalVerdict, string>,
  wentWell: 'What went well',
  corrections: 'Corrections',
  youSaid: 'You said',
  better: 'Better',
  kind: { grammar: 'Grammar', word_choice: 'Word choice', register: 'Politeness and register', naturalness: 'Naturalness' } satisfies Record<CorrectionKind, string>,
  showLine: 'Show the line',
  droppedQuotes: (count: number) => (count === 1 ? 'One correction was left out: its quote is not in what you said.' : `${count} corrections were left out: their quotes are not in what you said.`),
  phrases: 'Useful phrases and words',
  focus: 'Focus next time',
  scores: 'Scores (1–5)',
  scoreName: { task: 'Task', fluency: 'Fluency', accuracy: 'Accuracy' },
  rubric: {
    task: '1 goal not attempted · 3 partly done · 5 fully done',
    fluency: '1 single words, long gaps · 3 short sentences · 5 flowing talk',
    accuracy: '1 errors hide the meaning · 3 errors that do not · 5 almost none',
  },
  tokens: (prompt: number, output: number) => `Gemini tokens for this report: ${prompt + output} (${prompt} in, ${output} out)`,
  callCost: (cost: string) => `The call itself: ${cost}`,
  failure: {
    rate_limited: (p: GeminiFailureParams) => (p.retryAfterMs === undefined ? 'Gemini is rate-limiting requests. Wait a minute, then Retry.' : `Gemini is rate-limiting requests. Retry in ${seconds(p)} s.`),
    daily_quota: "Today's Gemini quota is used up; it resets tomorrow. The transcript is kept.",
    overloaded: (p: GeminiFailureParams) => `The Gemini model "${p.model}" is overloaded right now. Retry in a minute.`,
    prompt_blocked: (p: GeminiFailureParams) => `Gemini refused to write about this conversation (blocked: ${p.detail ?? 'SAFETY'}).`,
    output_stopped: (p: GeminiFailureParams) => (p.detail === 'MAX_TOKENS' ? 'Gemini ran out of output room before the report was finished. Retry.' : `Gemini stopped writing the report (reason: ${p.detail ?? 'OTHER'}).`),
    network: 'Could not reach Gemini (offline or network error). Retry when you are back online.',
    invalid_output: 'Gemini wrote a report that does not fit, even after one correction. Retry.',
    aborted: 'Stopped. What was written so far is shown; Retry writes the whole report.',
  } as Partial<Record<GeminiFailureCode, string | ((p: GeminiFailureParams) => string)>>,
};

type ReportMessages = typeof en;

const ko: ReportMessages = {
  title: '코칭 리포트',
  offer: 'Gemini가 이번 통화에 대한 피드백을 써 드립니다: 잘한 점, 직접 하신 말의 교정, 기억할 표현.',
  create: '리포트 쓰기',
  writing: 'Gemini가 리포트를 쓰고 있습니다…',
  stop: '중지',
  retry: '다시 시도',
  regenerate: '다시 쓰기',
  practiceAgain: '다시 연습하기',
  practiceHint: '같은 페르소나에게 다시 전화합니다. 이 교정을 써 볼 기회를 주라고 알려 둡니다.',
  tooShort: (count: number) => `리포트를 쓰려면 사용자의 말이 두 번 이상 필요합니다. 이번 통화에서는 ${count}번이었습니다.`,
  noGemini: '리포트 없음: 이 서버에서 Gemini가 꺼져 있습니다(GEMINI_API_KEY가 설정되지 않음). 대화 기록은 그대로 남아 있습니다.',
  saved: '기록에 이 대화와 함께 보관됩니다.',
  notSaved: '이 브라우저에 리포트를 저장하지 못했습니다. 페이지를 떠나기 전까지 화면에 남아 있습니다.',
  summary: '요약',
  goal: '목표',
  goalVerdict: { yes: '달성', partly: '일부 달성', not_yet: '아직' },
  wentWell: '잘한 점',
  corrections: '교정',
  youSaid: '하신 말',
  better: '더 나은 표현',
  kind: { grammar: '문법', word_choice: '어휘 선택', register: '존댓말과 말투', naturalness: '자연스러움' },
  showLine: '해당 줄 보기',
  droppedQuotes: (count: number) => `교정 ${count}개를 뺐습니다: 인용한 말이 실제로 하신 말에 없습니다.`,
  phrases: '유용한 표현과 단어',
  focus: '다음에 집중할 점',
  scores: '점수 (1–5)',
  scoreName: { task: '과제', fluency: '유창성', accuracy: '정확성' },
  rubric: {
    task: '1 목표를 시도하지 않음 · 3 일부 해냄 · 5 완전히 해냄',
    fluency: '1 단어만, 긴 멈춤 · 3 짧은 문장 · 5 막힘없는 대화',
    accuracy: '1 오류 때문에 뜻이 안 통함 · 3 오류가 있지만 뜻은 통함 · 5 거의 없음',
  },
  tokens: (prompt: number, output: number) => `이 리포트에 쓴 Gemini 토큰: ${prompt + output}개 (입력 ${prompt}, 출력 ${output})`,
  callCost: (cost: string) => `통화 비용: ${cost}`,
  failure: {
    rate_limited: (p: GeminiFailureParams) => (p.retryAfterMs === undefined ? 'Gemini 요청이 너무 많습니다. 1분 뒤 다시 시도하세요.' : `Gemini 요청이 너무 많습니다. ${seconds(p)}초 뒤 다시 시도하세요.`),
    daily_quota: '오늘의 Gemini 할당량을 다 썼습니다. 내일 다시 채워집니다. 대화 기록은 남아 있습니다.',
    overloaded: (p: GeminiFailureParams) => `Gemini 모델 "${p.model}"이 지금 과부하 상태입니다. 1분 뒤 다시 시도하세요.`,
    prompt_blocked: (p: GeminiFailureParams) => `Gemini가 이 대화에 대한 리포트 작성을 거부했습니다(차단: ${p.detail ?? 'SAFETY'}).`,
    output_stopped: (p: GeminiFailureParams) => (p.detail === 'MAX_TOKENS' ? 'Gemini의 출력 한도가 차서 리포트를 끝내지 못했습니다. 다시 시도하세요.' : `Gemini가 리포트 작성을 멈췄습니다(이유: ${p.detail ?? 'OTHER'}).`),
    network: 'Gemini에 연결할 수 없습니다(오프라인 또는 네트워크 오류). 다시 연결되면 다시 시도하세요.',
    invalid_output: 'Gemini가 한 번 고친 뒤에도 형식에 맞지 않는 리포트를 썼습니다. 다시 시도하세요.',
    aborted: '중지했습니다. 지금까지 쓴 내용이 보입니다. 다시 시도하면 리포트 전체를 새로 씁니다.',
  },
};

export const reportMessages = defineMessages({ en, ko });

/** The one message a failed report shows: the report's own words when it has them, else the Gemini catalogue's. */
export function reportFailureText(messages: ReportMessages, code: GeminiFailureCode, params: GeminiFailureParams | undefined, catalogueMessage: string): string {
  const words = messages.failure[code];
  if (words === undefined || !params) return typeof words === 'string' ? words : catalogueMessage;
  return typeof words === 'string' ? words : words(params);
}
