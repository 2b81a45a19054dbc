import type { AppMessages } from './app-messages';

/** The Korean words; fetched only when the page speaks Korean. */
const ko: AppMessages = {
  title: 'Persona Talk',
  tagline: '페르소나를 만나 소리 내어 대화해 보세요.',
  language: '페이지 언어',
  debugOpen: '디버그 패널',
  debugClose: '디버그 패널 닫기',
  debugLoading: '디버그 패널을 불러오는 중…',
  callLoading: '통화를 준비하는 중…',
  simulatorTitle: '시뮬레이터 모드.',
  simulatorText: 'OpenAI 키가 설정되어 있지 않아 통화는 로컬 Realtime 시뮬레이터로 연결됩니다(페르소나는 로컬 Gemini 시뮬레이터가 만듭니다). 시뮬레이터는 목소리를 듣고 녹음된 음성으로 대답합니다. 실제 서비스와 대화하려면 .env에 키를 넣으세요.',
};

export default ko;
