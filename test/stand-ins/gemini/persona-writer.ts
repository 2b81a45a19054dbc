import type { PromptFacts } from './prompt-facts.ts';

/** Plausible text for the field names a persona schema usually has, in English and Korean. */
type Writer = (facts: PromptFacts, name: string) => string;

const EN_NAMES = ['Morgan Hale', 'Priya Shah', 'Daniel Brooks', 'Elena Petrova', 'Marcus Reid', 'Hannah Clarke', 'Tomás Rivera', 'Grace Okafor'];
const KO_NAMES = ['김지훈', '이서연', '박도윤', '최민지', '정우진', '한소희', '윤재성', '오하은'];

const EN: Record<string, Writer> = {
  role: (f) => capitalise(f.brief.replace(/^(a|an|the)\s+/i, '')),
  background: (f, n) => `${n} has done this work for many years and knows every trick of it. Today is shaped by the situation in the brief: ${f.brief}.`,
  personality: (f) => (f.tough ? 'Direct, demanding and hard to impress; respects clear, honest answers.' : 'Warm, patient and curious; puts people at ease.'),
  speakingStyle: (f) => (f.tough ? 'Short, clipped sentences and pointed follow-up questions.' : 'Relaxed, friendly sentences with simple words.'),
  scene: (f) => `A weekday afternoon. The conversation is about to begin: ${f.brief}.`,
  userGoal: (_f, n) => `Have a clear, confident conversation with ${firstName(n, 'en')} and reach a good outcome.`,
  openingLine: (f, n) => (f.tough ? `I'm ${firstName(n, 'en')}. Let's not waste time — tell me why you're here.` : `Hi, I'm ${firstName(n, 'en')}. Nice to meet you — how can I help today?`),
};

const KO: Record<string, Writer> = {
  role: (f) => (/[\uac00-\ud7a3]/.test(f.brief) ? f.brief : `역할: ${f.brief}`),
  background: (f, n) => `${n}은(는) 이 일을 오래 해 와서 모르는 것이 없다. 오늘 상황은 다음과 같다: ${f.brief}.`,
  personality: (f) => (f.tough ? '직설적이고 까다로우며 쉽게 만족하지 않는다. 솔직하고 분명한 답을 좋아한다.' : '따뜻하고 인내심이 많으며 상대를 편하게 해 준다.'),
  speakingStyle: (f) => (f.tough ? '짧고 단호한 존댓말, 날카로운 꼬리 질문.' : '쉬운 단어로 천천히 말하는 친근한 해요체.'),
  scene: (f) => `평일 오후, 대화가 막 시작되려 한다: ${f.brief}.`,
  userGoal: (_f, n) => `${n} 씨와 자신 있게 대화하고 좋은 결과를 얻는 것.`,
  openingLine: (f, n) => (f.tough ? `${n}입니다. 시간이 많지 않으니 바로 시작하죠. 오늘 어떤 일로 오셨어요?` : `안녕하세요, 저는 ${n}이에요. 만나서 반가워요. 무엇을 도와드릴까요?`),
};

export function personaName(facts: PromptFacts): string {
  const names = facts.language === 'ko' ? KO_NAMES : EN_NAMES;
  return names[facts.seed % names.length] ?? names[0]!;
}

/** Text for a string property, or undefined when the name is not a known persona field. */
export function knownFieldText(property: string, facts: PromptFacts): string | undefined {
  const name = personaName(facts);
  if (property === 'name') return name;
  const writer = (facts.language === 'ko' ? KO : EN)[property];
  return writer?.(facts, name);
}

function firstName(full: string, language: 'ko' | 'en'): string {
  return language === 'en' ? (full.split(' ')[0] ?? full) : full;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
