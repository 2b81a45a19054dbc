import { defineMessages } from '../i18n/catalogue';
import type { ProblemCode } from './problem-codes';

/** What a message may name: the service's own words, the model, the models the key can use. */
export interface ProblemParams {
  detail: string;
  model?: string;
  models?: readonly string[];
  /** The page's origin (what to add to ALLOWED_ORIGINS), or the https page of a mixed-content block. */
  origin?: string;
  /** The token server's address when it is configured on another origin. */
  server?: string;
}

type Text = string | ((params: ProblemParams) => string);
export interface ProblemText {
  message: Text;
  fix: Text;
}

const modelName = (p: ProblemParams) => p.model ?? 'the configured model';
const modelNameKo = (p: ProblemParams) => p.model ?? '설정된 모델';

const en: Record<ProblemCode, ProblemText> = {
  invalid_json: { message: 'The page sent the token server a request it could not read.', fix: 'Reload the page and try again; if it keeps happening, report it with the debug log.' },
  invalid_request: { message: 'The token server refused the call settings.', fix: 'Check the persona (voice, language) and try again; reload the page if it keeps happening.' },
  model_not_allowed: { message: 'The page asked for a model, and only the server chooses it.', fix: 'Reload the page; the model is set with OPENAI_REALTIME_MODEL on the token server.' },
  unsupported_media_type: { message: 'The token server expected JSON from the page.', fix: 'Reload the page and try again.' },
  payload_too_large: { message: 'The persona is too long to start a call with.', fix: 'Shorten the persona (background, personality or scene), then press Start call again.' },
  origin_not_allowed: {
    message: (p) => (p.origin ? `The token server${p.server ? ` at ${p.server}` : ''} does not accept calls from this page’s origin, ${p.origin}.` : 'The token server does not accept calls from this page’s address.'),
    fix: (p) => (p.origin ? `Add ${p.origin} to ALLOWED_ORIGINS on the token server (comma-separated, exactly as written), then restart or redeploy it.` : 'Add this page’s origin to ALLOWED_ORIGINS on the token server, then restart it.'),
  },
  host_not_allowed: { message: 'The token server does not answer for the address this page used.', fix: 'Open the app at its public address, or add this address to PUBLIC_ORIGIN on the token server.' },
  rate_limited: { message: 'Too many call attempts from this browser.', fix: 'Wait a minute, then press Start call again.' },
  token_cap_reached: { message: 'This site has handed out all the calls it allows for now.', fix: 'Try again later; the site owner can raise TOKEN_HOURLY_LIMIT or TOKEN_DAILY_LIMIT.' },
  limit_store_unavailable: { message: 'The token server cannot check its call limit right now, so it starts no calls.', fix: 'Try again in a minute; the site owner should check that Redis (REDIS_URL) is reachable.' },
  not_found: { message: 'The token server does not know the address the page asked for.', fix: 'Make sure the page and the token server are the same version, then reload.' },
  method_not_allowed: { message: 'The token server refused the kind of request the page sent.', fix: 'Make sure the page and the token server are the same version, then reload.' },
  model_unavailable: {
    message: (p) => `The token server’s OpenAI key cannot use the Realtime model “${modelName(p)}”.`,
    fix: (p) =>
      p.models?.length
        ? `Set OPENAI_REALTIME_MODEL to one of: ${p.models.join(', ')} (in .env), then restart the token server.`
        : 'Set OPENAI_REALTIME_MODEL to a Realtime model the key can use (in .env), then restart the token server.',
  },
  openai_key_invalid: { message: 'OpenAI rejected the token server’s API key.', fix: 'Put a valid key in OPENAI_API_KEY (in .env) and restart the token server.' },
  openai_forbidden: { message: 'OpenAI refused this request for the token server’s key.', fix: 'Check that the key’s project may use the Realtime API and this model.' },
  openai_quota_exhausted: { message: 'The OpenAI account is out of quota.', fix: 'Add credit or raise the limit in the OpenAI billing settings, then try again.' },
  openai_rate_limited: { message: 'OpenAI is rate-limiting this account.', fix: 'Wait a moment, then press Start call again.' },
  openai_timeout: { message: 'OpenAI did not answer the token server in time.', fix: 'Press Start call again; if it keeps happening, check the token server’s network.' },
  openai_unreachable: { message: 'The token server could not reach OpenAI.', fix: 'Check the token server’s network and OPENAI_BASE_URL, then press Start call again.' },
  openai_rejected_request: { message: 'OpenAI rejected the session the token server asked for.', fix: 'This is a bug or an API change: report it with the token server log.' },
  openai_error: { message: 'OpenAI answered the token server with an unexpected error.', fix: 'Press Start call again; report it with the token server log if it persists.' },
  gemini_forbidden: { message: 'The token server only passes persona writing through to Gemini.', fix: 'Use a Gemini model from the server’s GEMINI_MODELS list.' },
  gemini_not_configured: { message: 'Gemini is not configured on the token server.', fix: 'Set GEMINI_API_KEY on the token server, or use the built-in personas.' },
  gemini_timeout: { message: 'Gemini did not answer in time.', fix: 'Try again, or pick a lighter model.' },
  gemini_unreachable: { message: 'The token server could not reach Gemini.', fix: 'Check the token server’s network and GEMINI_BASE_URL.' },
  internal_error: { message: 'The token server hit an unexpected error.', fix: 'Press Start call again; report it with the token server log if it persists.' },
  model_not_found: {
    message: (p) => `OpenAI cannot use the Realtime model “${modelName(p)}” with this key.`,
    fix: 'Set OPENAI_REALTIME_MODEL on the token server to a model your key can use, then restart it.',
  },
  invalid_api_key: { message: 'OpenAI did not accept the key for this call.', fix: 'Check OPENAI_API_KEY on the token server. If the call key expired, press Start call again.' },
  insufficient_quota: { message: 'The OpenAI account is out of quota.', fix: 'Add credit or raise the limit in the OpenAI billing settings, then try again.' },
  rate_limit_exceeded: { message: 'OpenAI is rate-limiting this account.', fix: 'Wait a moment and try again.' },
  session_expired: { message: 'The call reached the 60-minute limit of a Realtime session.', fix: 'Start a new call; the transcript stays on the page.' },
  input_audio_buffer_commit_empty: { message: 'Nothing was recorded for that turn.', fix: 'Hold the talk button while you speak.' },
  audio_unintelligible: { message: 'The persona could not make out what you said.', fix: 'Speak a little closer to the microphone, or type the turn instead.' },
  no_persona: { message: 'There is no persona to call yet.', fix: 'Pick a built-in persona or create one, then press Start call.' },
  token_server_unreachable: {
    message: (p) => (p.server ? `The token server could not be reached at ${p.server}.` : 'The token server could not be reached.'),
    fix: (p) =>
      p.server
        ? `Check that ${p.server}/api/health answers and allows this page’s origin (ALLOWED_ORIGINS); the address comes from config.json beside index.html or VITE_TOKEN_SERVER_URL at build time.`
        : 'Make sure it is running (npm start, or npm run server) and that this page is served from it or proxied to it.',
  },
  token_server_mixed_content: {
    message: (p) => `This page is served over https, so the browser blocks the token server’s http address${p.server ? ` ${p.server}` : ''}.`,
    fix: 'Give the token server an https:// address in config.json (tokenServerUrl) or VITE_TOKEN_SERVER_URL, then reload the page.',
  },
  sdp_rejected: { message: 'OpenAI refused the call setup.', fix: 'Press Start call again for a fresh key. If it keeps failing, check the token server log.' },
  calls_unreachable: { message: 'The Realtime service could not be reached to set up the call.', fix: 'Check the network connection, then press Start call again.' },
  connection_lost: { message: 'The connection to the call dropped.', fix: 'Check the network, then press Reconnect. The transcript is kept.' },
  connection_failed: { message: 'The audio connection could not be established.', fix: 'A firewall or VPN may block WebRTC. Try another network, then press Start call again.' },
  'mic:permission-denied': { message: 'Microphone access is blocked for this page.', fix: 'Allow the microphone in the address bar (the lock or camera icon), then press Start call again.' },
  'mic:no-device': { message: 'No microphone was found.', fix: 'Connect a microphone or headset, then press Start call again.' },
  'mic:device-busy': { message: 'The microphone is in use by another program or could not be started.', fix: 'Close other apps that use the microphone, then press Start call again.' },
  'mic:unsupported': { message: 'This browser does not allow microphone access here.', fix: 'Open the page over https (or on localhost) in a current browser.' },
  'mic:audio-graph': { message: 'The microphone could not be connected to the call.', fix: 'Reload the page and press Start call again; if it persists, try another browser.' },
  'mic:ended': { message: 'The microphone was disconnected during the call.', fix: 'Reconnect the microphone, then press Reconnect. The transcript is kept.' },
  malformed_event: { message: 'The call received a message it could not read; it was skipped.', fix: 'If this repeats, open the debug panel (?debug=1) and export the event log.' },
  unknown: { message: (p) => p.detail || 'Something went wrong in the call.', fix: 'Open the debug panel (?debug=1) to see the event log.' },
};

const ko: Record<ProblemCode, ProblemText> = {
  invalid_json: { message: '페이지가 보낸 요청을 토큰 서버가 읽지 못했습니다.', fix: '페이지를 새로 고친 뒤 다시 시도하세요. 계속되면 디버그 로그와 함께 알려 주세요.' },
  invalid_request: { message: '토큰 서버가 통화 설정을 거부했습니다.', fix: '페르소나(목소리, 언어)를 확인하고 다시 시도하세요. 계속되면 페이지를 새로 고치세요.' },
  model_not_allowed: { message: '페이지가 모델을 지정했지만, 모델은 서버만 정할 수 있습니다.', fix: '페이지를 새로 고치세요. 모델은 토큰 서버의 OPENAI_REALTIME_MODEL로 정합니다.' },
  unsupported_media_type: { message: '토큰 서버는 페이지에서 JSON을 기대했습니다.', fix: '페이지를 새로 고친 뒤 다시 시도하세요.' },
  payload_too_large: { message: '페르소나가 너무 길어서 통화를 시작할 수 없습니다.', fix: '페르소나(배경, 성격, 장면)를 줄인 뒤 통화 시작을 다시 누르세요.' },
  origin_not_allowed: {
    message: (p) => (p.origin ? `토큰 서버${p.server ? `(${p.server})` : ''}가 이 페이지의 오리진 ${p.origin}에서 오는 통화를 받지 않습니다.` : '토큰 서버가 이 페이지 주소에서 오는 통화를 받지 않습니다.'),
    fix: (p) => (p.origin ? `토큰 서버의 ALLOWED_ORIGINS에 ${p.origin}을(를) 적힌 그대로 추가하고(여러 개는 쉼표로 구분) 서버를 다시 시작하거나 다시 배포하세요.` : '토큰 서버의 ALLOWED_ORIGINS에 이 페이지의 오리진을 추가하고 서버를 다시 시작하세요.'),
  },
  host_not_allowed: { message: '토큰 서버가 이 페이지가 사용한 주소로는 응답하지 않습니다.', fix: '앱의 공개 주소로 여시거나, 토큰 서버의 PUBLIC_ORIGIN에 이 주소를 추가하세요.' },
  rate_limited: { message: '이 브라우저에서 통화 시도가 너무 많았습니다.', fix: '1분 정도 기다린 뒤 통화 시작을 다시 누르세요.' },
  token_cap_reached: { message: '이 사이트가 지금 허용하는 통화를 모두 사용했습니다.', fix: '나중에 다시 시도하세요. 사이트 운영자는 TOKEN_HOURLY_LIMIT 또는 TOKEN_DAILY_LIMIT를 늘릴 수 있습니다.' },
  limit_store_unavailable: { message: '토큰 서버가 지금 통화 한도를 확인할 수 없어 통화를 시작하지 않습니다.', fix: '1분 뒤 다시 시도하세요. 사이트 운영자는 Redis(REDIS_URL)에 연결되는지 확인해야 합니다.' },
  not_found: { message: '페이지가 요청한 주소를 토큰 서버가 모릅니다.', fix: '페이지와 토큰 서버가 같은 버전인지 확인한 뒤 새로 고치세요.' },
  method_not_allowed: { message: '토큰 서버가 페이지가 보낸 요청 방식을 거부했습니다.', fix: '페이지와 토큰 서버가 같은 버전인지 확인한 뒤 새로 고치세요.' },
  model_unavailable: {
    message: (p) => `토큰 서버의 OpenAI 키로는 Realtime 모델 “${modelNameKo(p)}”을(를) 사용할 수 없습니다.`,
    fix: (p) =>
      p.models?.length
        ? `OPENAI_REALTIME_MODEL을 다음 중 하나로 바꾸고(.env) 토큰 서버를 다시 시작하세요: ${p.models.join(', ')}`
        : 'OPENAI_REALTIME_MODEL을 이 키로 쓸 수 있는 Realtime 모델로 바꾸고(.env) 토큰 서버를 다시 시작하세요.',
  },
  openai_key_invalid: { message: 'OpenAI가 토큰 서버의 API 키를 거부했습니다.', fix: 'OPENAI_API_KEY(.env)에 올바른 키를 넣고 토큰 서버를 다시 시작하세요.' },
  openai_forbidden: { message: 'OpenAI가 토큰 서버의 키로 온 이 요청을 거부했습니다.', fix: '키의 프로젝트가 Realtime API와 이 모델을 사용할 수 있는지 확인하세요.' },
  openai_quota_exhausted: { message: 'OpenAI 계정의 사용 한도가 소진되었습니다.', fix: 'OpenAI 결제 설정에서 크레딧을 추가하거나 한도를 올린 뒤 다시 시도하세요.' },
  openai_rate_limited: { message: 'OpenAI가 이 계정의 요청 속도를 제한하고 있습니다.', fix: '잠시 기다린 뒤 통화 시작을 다시 누르세요.' },
  openai_timeout: { message: 'OpenAI가 토큰 서버에 제때 응답하지 않았습니다.', fix: '통화 시작을 다시 누르세요. 계속되면 토큰 서버의 네트워크를 확인하세요.' },
  openai_unreachable: { message: '토큰 서버가 OpenAI에 연결하지 못했습니다.', fix: '토큰 서버의 네트워크와 OPENAI_BASE_URL을 확인한 뒤 통화 시작을 다시 누르세요.' },
  openai_rejected_request: { message: 'OpenAI가 토큰 서버가 요청한 세션을 거부했습니다.', fix: '버그이거나 API가 바뀐 것입니다. 토큰 서버 로그와 함께 알려 주세요.' },
  openai_error: { message: 'OpenAI가 토큰 서버에 예상하지 못한 오류로 응답했습니다.', fix: '통화 시작을 다시 누르세요. 계속되면 토큰 서버 로그와 함께 알려 주세요.' },
  gemini_forbidden: { message: '토큰 서버는 페르소나 작성 요청만 Gemini로 전달합니다.', fix: '서버의 GEMINI_MODELS 목록에 있는 Gemini 모델을 사용하세요.' },
  gemini_not_configured: { message: '토큰 서버에 Gemini가 설정되어 있지 않습니다.', fix: '토큰 서버에 GEMINI_API_KEY를 설정하거나 기본 제공 페르소나를 사용하세요.' },
  gemini_timeout: { message: 'Gemini가 제때 응답하지 않았습니다.', fix: '다시 시도하거나 더 가벼운 모델을 고르세요.' },
  gemini_unreachable: { message: '토큰 서버가 Gemini에 연결하지 못했습니다.', fix: '토큰 서버의 네트워크와 GEMINI_BASE_URL을 확인하세요.' },
  internal_error: { message: '토큰 서버에 예상하지 못한 오류가 생겼습니다.', fix: '통화 시작을 다시 누르세요. 계속되면 토큰 서버 로그와 함께 알려 주세요.' },
  model_not_found: {
    message: (p) => `OpenAI가 이 키로 Realtime 모델 “${modelNameKo(p)}”을(를) 사용할 수 없다고 합니다.`,
    fix: '토큰 서버의 OPENAI_REALTIME_MODEL을 이 키로 쓸 수 있는 모델로 바꾸고 서버를 다시 시작하세요.',
  },
  invalid_api_key: { message: 'OpenAI가 이 통화의 키를 받아들이지 않았습니다.', fix: '토큰 서버의 OPENAI_API_KEY를 확인하세요. 통화 키가 만료되었다면 통화 시작을 다시 누르세요.' },
  insufficient_quota: { message: 'OpenAI 계정의 사용 한도가 소진되었습니다.', fix: 'OpenAI 결제 설정에서 크레딧을 추가하거나 한도를 올린 뒤 다시 시도하세요.' },
  rate_limit_exceeded: { message: 'OpenAI가 이 계정의 요청 속도를 제한하고 있습니다.', fix: '잠시 기다린 뒤 다시 시도하세요.' },
  session_expired: { message: '통화가 Realtime 세션의 60분 한도에 도달했습니다.', fix: '새 통화를 시작하세요. 대화 내용은 페이지에 남아 있습니다.' },
  input_audio_buffer_commit_empty: { message: '이번 차례에는 녹음된 소리가 없습니다.', fix: '말하는 동안 말하기 버튼을 누르고 계세요.' },
  audio_unintelligible: { message: '페르소나가 말씀을 알아듣지 못했습니다.', fix: '마이크에 조금 더 가까이 말하거나, 대신 글로 입력하세요.' },
  no_persona: { message: '아직 통화할 페르소나가 없습니다.', fix: '기본 제공 페르소나를 고르거나 새로 만든 뒤 통화 시작을 누르세요.' },
  token_server_unreachable: {
    message: (p) => (p.server ? `토큰 서버(${p.server})에 연결할 수 없습니다.` : '토큰 서버에 연결할 수 없습니다.'),
    fix: (p) =>
      p.server
        ? `${p.server}/api/health가 응답하는지, 이 페이지의 오리진을 허용하는지(ALLOWED_ORIGINS) 확인하세요. 이 주소는 index.html 옆의 config.json 또는 빌드할 때의 VITE_TOKEN_SERVER_URL에서 옵니다.`
        : '서버가 실행 중인지(npm start 또는 npm run server), 이 페이지가 그 서버에서 제공되거나 프록시되는지 확인하세요.',
  },
  token_server_mixed_content: {
    message: (p) => `이 페이지는 https로 제공되므로 브라우저가 토큰 서버의 http 주소${p.server ? ` ${p.server}` : ''}를 차단합니다.`,
    fix: 'config.json의 tokenServerUrl 또는 VITE_TOKEN_SERVER_URL에 토큰 서버의 https:// 주소를 넣은 뒤 페이지를 새로 고치세요.',
  },
  sdp_rejected: { message: 'OpenAI가 통화 연결 설정을 거부했습니다.', fix: '새 키로 통화 시작을 다시 누르세요. 계속 실패하면 토큰 서버 로그를 확인하세요.' },
  calls_unreachable: { message: '통화를 연결하려고 Realtime 서비스에 접속하지 못했습니다.', fix: '네트워크 연결을 확인한 뒤 통화 시작을 다시 누르세요.' },
  connection_lost: { message: '통화 연결이 끊어졌습니다.', fix: '네트워크를 확인한 뒤 다시 연결을 누르세요. 대화 내용은 그대로 있습니다.' },
  connection_failed: { message: '음성 연결을 만들 수 없었습니다.', fix: '방화벽이나 VPN이 WebRTC를 막고 있을 수 있습니다. 다른 네트워크에서 통화 시작을 다시 누르세요.' },
  'mic:permission-denied': { message: '이 페이지의 마이크 사용이 차단되어 있습니다.', fix: '주소창(자물쇠 또는 카메라 아이콘)에서 마이크를 허용한 뒤 통화 시작을 다시 누르세요.' },
  'mic:no-device': { message: '마이크를 찾을 수 없습니다.', fix: '마이크나 헤드셋을 연결한 뒤 통화 시작을 다시 누르세요.' },
  'mic:device-busy': { message: '다른 프로그램이 마이크를 쓰고 있거나 마이크를 켤 수 없습니다.', fix: '마이크를 쓰는 다른 앱을 닫은 뒤 통화 시작을 다시 누르세요.' },
  'mic:unsupported': { message: '이 브라우저는 여기에서 마이크 사용을 허용하지 않습니다.', fix: '최신 브라우저에서 https(또는 localhost)로 페이지를 여세요.' },
  'mic:audio-graph': { message: '마이크를 통화에 연결할 수 없었습니다.', fix: '페이지를 새로 고친 뒤 통화 시작을 다시 누르세요. 계속되면 다른 브라우저를 써 보세요.' },
  'mic:ended': { message: '통화 중에 마이크 연결이 끊어졌습니다.', fix: '마이크를 다시 연결한 뒤 다시 연결을 누르세요. 대화 내용은 그대로 있습니다.' },
  malformed_event: { message: '통화 중 읽을 수 없는 메시지를 받아 건너뛰었습니다.', fix: '반복되면 디버그 패널(?debug=1)을 열고 이벤트 로그를 내보내세요.' },
  unknown: { message: (p) => p.detail || '통화 중 문제가 생겼습니다.', fix: '디버그 패널(?debug=1)에서 이벤트 로그를 확인하세요.' },
};

export const problemMessages = defineMessages({ en, ko });

export function problemText(text: ProblemText, params: ProblemParams): { message: string; fix: string } {
  const say = (value: Text) => (typeof value === 'function' ? value(params) : value);
  return { message: say(text.message), fix: say(text.fix) };
}
