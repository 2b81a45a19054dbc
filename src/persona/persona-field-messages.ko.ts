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
  languageNames: { en: '영어', ko: '한국어' },
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
