import { defineMessages, messagesNow } from '../i18n/catalogue';
import type { GeminiFailureCode, GeminiFailureParams } from './gemini-failure-codes';
import { studioExtraMessages } from './studio-extra-messages';

type Words = string | ((params: GeminiFailureParams) => string);
export interface GeminiFailureText {
  message: Words;
  fix: Words;
}

// The fixes name the settings by their labels, so the two cannot drift apart.
const studio = studioExtraMessages;
const MODEL_SETTING = `"${studio.en.geminiModel}" in ${studio.en.settings}`;
const KEY_SETTING = `"${studio.en.useOwnKey}" in ${studio.en.settings}`;
const seconds = (p: GeminiFailureParams) => Math.ceil((p.retryAfterMs ?? 0) / 1000);

const en: Record<GeminiFailureCode, GeminiFailureText> = {
  aborted: { message: 'Stopped. What was written so far is kept.', fix: 'Edit the fields, or press Create persona again.' },
  prompt_blocked: {
    message: (p) => `Gemini refused the brief (blocked: ${p.detail ?? 'SAFETY'}).`,
    fix: 'Rephrase the brief (less violent, sexual or personal content), or pick a built-in persona.',
  },
  output_stopped: {
    message: (p) => (p.detail === 'MAX_TOKENS' ? 'Gemini ran out of output room before the persona was finished.' : `Gemini stopped writing the persona (reason: ${p.detail ?? 'OTHER'}).`),
    fix: (p) =>
      p.detail === 'MAX_TOKENS'
        ? 'Press Create persona again with a shorter brief, or fill in the missing fields yourself.'
        : 'Rephrase the brief and try again, or fill in the missing fields yourself.',
  },
  invalid_output: {
    message: 'Gemini wrote a persona that does not fit the form, even after one correction.',
    fix: 'Press Create persona again, fix the fields marked below by hand, or pick a built-in persona.',
  },
  rate_limited: {
    message: 'Gemini is rate-limiting requests (too many per minute).',
    fix: (p) => (p.retryAfterMs === undefined ? 'Wait a minute and press Create persona again.' : `Press Create persona again in ${seconds(p)} s.`),
  },
  daily_quota: {
    message: "Today's Gemini quota is used up; it resets tomorrow.",
    fix: (p) => (p.ownKey ? 'Use another key or a paid plan, or pick a built-in persona.' : 'Pick a built-in persona, or use your own Gemini key in Settings.'),
  },
  overloaded: {
    message: (p) => `The Gemini model "${p.model}" is overloaded right now.`,
    fix: `Try again in a minute, or choose a lighter model in ${MODEL_SETTING}.`,
  },
  server_error: { message: 'Gemini had an internal error.', fix: 'Try again in a minute.' },
  model_not_found: {
    message: (p) => `The Gemini model "${p.model}" does not exist or is not available to this key.`,
    fix: `Change ${MODEL_SETTING} to an available model, for example gemini-3.5-flash-lite.`,
  },
  invalid_key: {
    message: (p) => (p.ownKey ? 'Gemini did not accept your API key.' : "Gemini did not accept the server's API key."),
    fix: (p) =>
      p.ownKey
        ? `Check the key in ${KEY_SETTING} (copy it again from Google AI Studio), or switch it off to use the server's key.`
        : 'The site owner must fix GEMINI_API_KEY on the token server. Meanwhile use your own key in Settings or a built-in persona.',
  },
  bad_request: { message: 'Gemini rejected the request.', fix: `Check ${MODEL_SETTING}; if the problem stays, report the detail below.` },
  network: {
    message: (p) => (p.ownKey ? 'Could not reach Gemini (network error).' : 'Could not reach the Gemini service through the token server (network error).'),
    fix: 'Check your connection (and that the token server is running), then try again.',
  },
  gemini_not_configured: {
    message: 'This server has no Gemini key, so it cannot write personas.',
    fix: 'Pick a built-in persona, or paste your own Gemini key in Settings.',
  },
  token_server: {
    message: (p) => p.detail ?? 'The token server refused the Gemini request.',
    fix: 'See the hint below, or pick a built-in persona.',
  },
  unknown: {
    message: 'Something unexpected went wrong while writing the persona.',
    fix: 'Try again; if it keeps failing, report the detail below.',
  },
};

// The Korean studio words, as studio-messages.ko.ts says them (that file loads only for a Korean page).
const MODEL_SETTING_KO = '설정의 "Gemini 모델"';
const KEY_SETTING_KO = '설정의 "내 Gemini 키 사용"';

const ko: Record<GeminiFailureCode, GeminiFailureText> = {
  aborted: { message: '중지했습니다. 지금까지 작성된 내용은 그대로 둡니다.', fix: '항목을 직접 고치거나 페르소나 만들기를 다시 누르세요.' },
  prompt_blocked: {
    message: (p) => `Gemini가 설명을 거부했습니다(차단 사유: ${p.detail ?? 'SAFETY'}).`,
    fix: '폭력적이거나 선정적이거나 개인적인 내용을 줄여 설명을 다시 쓰거나, 기본 제공 페르소나를 고르세요.',
  },
  output_stopped: {
    message: (p) => (p.detail === 'MAX_TOKENS' ? 'Gemini가 페르소나를 끝까지 쓰기 전에 출력 한도에 도달했습니다.' : `Gemini가 페르소나 작성을 멈췄습니다(사유: ${p.detail ?? 'OTHER'}).`),
    fix: (p) =>
      p.detail === 'MAX_TOKENS'
        ? '설명을 더 짧게 줄여 페르소나 만들기를 다시 누르거나, 빠진 항목을 직접 채우세요.'
        : '설명을 바꿔 쓴 뒤 다시 시도하거나, 빠진 항목을 직접 채우세요.',
  },
  invalid_output: {
    message: 'Gemini가 한 번 고쳐 쓴 뒤에도 양식에 맞지 않는 페르소나를 작성했습니다.',
    fix: '페르소나 만들기를 다시 누르거나, 아래에 표시된 항목을 직접 고치거나, 기본 제공 페르소나를 고르세요.',
  },
  rate_limited: {
    message: 'Gemini가 요청 속도를 제한하고 있습니다(1분에 요청이 너무 많습니다).',
    fix: (p) => (p.retryAfterMs === undefined ? '1분쯤 기다린 뒤 페르소나 만들기를 다시 누르세요.' : `${seconds(p)}초 뒤에 페르소나 만들기를 다시 누르세요.`),
  },
  daily_quota: {
    message: '오늘의 Gemini 사용 한도를 모두 썼습니다. 한도는 내일 다시 채워집니다.',
    fix: (p) => (p.ownKey ? '다른 키나 유료 요금제를 쓰거나, 기본 제공 페르소나를 고르세요.' : '기본 제공 페르소나를 고르거나, 설정에서 내 Gemini 키를 사용하세요.'),
  },
  overloaded: {
    message: (p) => `Gemini 모델 "${p.model}"에 지금 요청이 몰려 있습니다.`,
    fix: `1분쯤 뒤에 다시 시도하거나, ${MODEL_SETTING_KO}에서 더 가벼운 모델을 고르세요.`,
  },
  server_error: { message: 'Gemini 내부에서 오류가 났습니다.', fix: '1분쯤 뒤에 다시 시도하세요.' },
  model_not_found: {
    message: (p) => `Gemini 모델 "${p.model}": 없는 모델이거나 이 키로는 쓸 수 없습니다.`,
    fix: `${MODEL_SETTING_KO}을 쓸 수 있는 모델(예: gemini-3.5-flash-lite)로 바꾸세요.`,
  },
  invalid_key: {
    message: (p) => (p.ownKey ? 'Gemini가 입력하신 API 키를 받아들이지 않았습니다.' : 'Gemini가 서버의 API 키를 받아들이지 않았습니다.'),
    fix: (p) =>
      p.ownKey
        ? `${KEY_SETTING_KO}에 넣은 키를 확인하세요(Google AI Studio에서 다시 복사해 보세요). 아니면 이 설정을 끄고 서버의 키를 사용하세요.`
        : '사이트 운영자가 토큰 서버의 GEMINI_API_KEY를 고쳐야 합니다. 그동안에는 설정에서 내 키를 사용하거나 기본 제공 페르소나를 고르세요.',
  },
  bad_request: { message: 'Gemini가 요청을 거부했습니다.', fix: `${MODEL_SETTING_KO}을 확인하세요. 문제가 계속되면 아래 자세한 내용과 함께 알려 주세요.` },
  network: {
    message: (p) => (p.ownKey ? 'Gemini에 연결하지 못했습니다(네트워크 오류).' : '토큰 서버를 거쳐 Gemini 서비스에 연결하지 못했습니다(네트워크 오류).'),
    fix: '인터넷 연결과 토큰 서버가 실행 중인지 확인한 뒤 다시 시도하세요.',
  },
  gemini_not_configured: {
    message: '이 서버에는 Gemini 키가 없어 페르소나를 만들 수 없습니다.',
    fix: '기본 제공 페르소나를 고르거나, 설정에 내 Gemini 키를 붙여 넣으세요.',
  },
  // The server's own English words are shown below as the detail.
  token_server: { message: '토큰 서버가 Gemini 요청을 거부했습니다.', fix: '아래 안내를 확인하거나 기본 제공 페르소나를 고르세요.' },
  unknown: {
    message: '페르소나를 작성하는 중에 예상하지 못한 문제가 생겼습니다.',
    fix: '다시 시도하세요. 계속 실패하면 아래 자세한 내용과 함께 알려 주세요.',
  },
};

export const geminiMessages = defineMessages({ en, ko });

/** A failure's message and fix in the page's language now. */
export function geminiFailureText(code: GeminiFailureCode, params: GeminiFailureParams): { message: string; fix: string } {
  const text = messagesNow(geminiMessages)[code];
  const say = (words: Words) => (typeof words === 'function' ? words(params) : words);
  return { message: say(text.message), fix: say(text.fix) };
}
