import type { PersonaFieldMessages } from './persona-field-messages';

/** The Korean words; fetched only when the page speaks Korean. */
const ko: PersonaFieldMessages = {
  fieldLabels: {
    name: '이름',
    age: '나이',
    role: '역할',
    background: '배경',
    personality: '성격',
    speakingStyle: '말투',
    scene: '장면',
    userGoal: '사용자의 목표',
    openingLine: '첫 대사',
    voice: '목소리',
    language: '페르소나 언어',
  },
  wholePersona: '페르소나',
  voiceDescriptions: {
    alloy: '중성적, 고른 톤',
    ash: '남성, 또렷하고 직설적',
    ballad: '남성, 부드럽고 표현이 풍부함',
    coral: '여성, 밝고 친근함',
    echo: '남성, 차분하고 따뜻함',
    sage: '여성, 차분하고 신중함',
    shimmer: '여성, 가볍고 활기참',
    verse: '남성, 생기 있고 표현이 풍부함',
    marin: '여성, 자연스럽고 따뜻함',
    cedar: '남성, 자연스럽고 안정감 있음',
  },
  languageNames: { en: '영어', ko: '한국어' },
  scenarioLabels: {
    'job-interview': '채용 면접',
    'cafe-order': '카페에서 주문하기',
    'sales-call': '영업 전화',
    'manager-talk': '상사와의 어려운 대화',
    'language-practice': '언어 연습',
    'customer-complaint': '고객 불만 응대',
  },
  difficultyLabels: { easy: '쉬움', normal: '보통', hard: '어려움' },
  issue: (p) => {
    switch (p.kind) {
      case 'missing':
        return '값이 없습니다';
      case 'wrong_type':
        return p.expected === 'int' ? '정수여야 합니다' : p.expected === 'number' ? '숫자여야 합니다' : p.expected === 'string' ? '글이어야 합니다' : `${p.expected} 형식이어야 합니다`;
      case 'empty':
        return '비워 둘 수 없습니다';
      case 'too_short':
        return `${p.minimum}자 이상이어야 합니다`;
      case 'too_small':
        return `${p.minimum} 이상이어야 합니다`;
      case 'too_long':
        return `${p.maximum}자 이하여야 합니다`;
      case 'too_big':
        return `${p.maximum} 이하여야 합니다`;
      case 'not_one_of':
        return `다음 중 하나여야 합니다: ${p.values.join(', ')}`;
      case 'unknown_fields':
        return `알 수 없는 항목이 있습니다: ${p.keys.join(', ')}`;
      case 'not_json':
        return `올바른 JSON이 아닙니다(${p.detail})`;
      case 'other':
        return p.text;
    }
  },
  fieldProblem: (label, problem) => `${label}: ${problem}`,
};

export default ko;
