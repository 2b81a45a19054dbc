import type { StudioMessages } from './studio-messages';

/** The Korean words; fetched only when the page speaks Korean. */
const ko: StudioMessages = {
  library: '페르소나 보관함',
  savedPersonas: '저장한 페르소나',
  nothingSaved: '아직 저장한 페르소나가 없습니다.',
  load: '불러오기',
  loadNamed: (name) => `${name} 불러오기`,
  delete: '삭제',
  deleteNamed: (name) => `${name} 삭제`,
  presets: '기본 제공 페르소나',
  presetTitle: (title, language) => `${title} (${language})`,
  briefForm: '페르소나 요청',
  language: '언어',
  scenarioType: '상황 유형',
  noScenario: '(선택 안 함, 설명만 사용)',
  difficulty: '난이도',
  brief: '설명',
  briefPlaceholder: '서울 게임 스튜디오의 깐깐한 면접관',
  createPersona: '페르소나 만들기',
  stop: '중지',
  card: '페르소나',
  edit: '편집',
  noPersona: '아직 페르소나가 없습니다. 아래에서 고르거나 요청으로 새로 만드세요.',
  createHeading: '새 페르소나 만들기',
  galleryHeading: '페르소나',
  writing: ' 작성 중…',
  writerUnavailable: {
    message: '페르소나 작성 기능을 불러오지 못했습니다(네트워크 오류).',
    fix: '인터넷 연결을 확인하고 페이지를 새로 고치거나, 기본 제공 페르소나를 고르세요.',
  },
};

export default ko;
