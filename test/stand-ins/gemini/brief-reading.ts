/**
 * Reads a persona brief the way a model would: who (age, gender), what mood, and where. Word lists in
 * English and Korean; English words match whole words, Korean ones as stems (무뚝뚝 matches 무뚝뚝한).
 */

export type AgeGroup = 'teen' | 'young' | 'adult' | 'middle' | 'old';
export type Gender = 'female' | 'male';
export type Temperament = 'blunt' | 'grumpy' | 'strict' | 'kind' | 'cheerful' | 'shy' | 'calm';
export type Setting = 'market' | 'cafe' | 'interview' | 'restaurant' | 'shop' | 'office' | 'school' | 'clinic' | 'hotel';

export interface BriefReading {
  age: AgeGroup | null;
  /** An age the brief states outright ("a 70-year-old", "일흔 살" is not parsed, "70살" / "70세" is). */
  exactAge: number | null;
  gender: Gender | null;
  temperament: Temperament | null;
  setting: Setting | null;
}

type WordList<T extends string> = Array<[T, string[], string[]]>;

const AGE_WORDS: WordList<AgeGroup> = [
  ['old', ['grandmother', 'grandma', 'granny', 'grandfather', 'grandpa', 'elderly', 'old', 'retired', 'pensioner', 'widow', 'widower', 'aged'],
    ['할머니', '할아버지', '노인', '어르신', '노부부', '은퇴', '노년', '할멈', '영감']],
  ['middle', ['middle-aged', 'mother', 'father', 'mom', 'dad', 'parent', 'veteran'], ['중년', '아저씨', '아주머니', '아줌마', '엄마', '아빠', '부모']],
  ['teen', ['teenager', 'teen', 'schoolgirl', 'schoolboy', 'high-school', 'high school'], ['고등학생', '중학생', '십대', '청소년', '10대']],
  ['young', ['student', 'young', 'intern', 'trainee', 'graduate', 'rookie', 'junior'], ['학생', '대학생', '젊은', '청년', '신입', '인턴', '알바', '취준생']],
];

const GENDER_WORDS: WordList<Gender> = [
  ['female', ['woman', 'grandmother', 'grandma', 'granny', 'mother', 'mom', 'girl', 'lady', 'she', 'her', 'widow', 'waitress', 'actress', 'schoolgirl', 'aunt'],
    ['할머니', '여자', '여성', '아주머니', '아줌마', '엄마', '언니', '누나', '이모', '고모', '할멈', '여학생', '그녀']],
  ['male', ['man', 'grandfather', 'grandpa', 'father', 'dad', 'boy', 'gentleman', 'he', 'his', 'him', 'widower', 'waiter', 'schoolboy', 'uncle'],
    ['할아버지', '남자', '남성', '아저씨', '아빠', '오빠', '삼촌', '영감', '남학생']],
];

const TEMPERAMENT_WORDS: WordList<Temperament> = [
  ['blunt', ['blunt', 'gruff', 'curt', 'brusque', 'terse', 'no-nonsense', 'taciturn', 'stern'], ['무뚝뚝', '퉁명', '무심', '말수가 적', '과묵']],
  ['grumpy', ['grumpy', 'grouchy', 'cranky', 'irritable', 'annoyed', 'angry', 'rude', 'bad day', 'unhappy', 'upset', 'hostile'],
    ['짜증', '화난', '화가 난', '까칠', '불친절', '나쁜 하루', '기분이 나쁜', '불만']],
  ['strict', ['strict', 'demanding', 'tough', 'sceptical', 'skeptical', 'hard', 'harsh', 'picky'], ['엄격', '깐깐', '까다', '냉정', '날카로운']],
  ['kind', ['kind', 'friendly', 'warm', 'patient', 'gentle', 'nice', 'caring', 'helpful', 'forgiving', 'polite'], ['친절', '다정', '상냥', '따뜻', '착한', '인자']],
  ['cheerful', ['cheerful', 'bubbly', 'upbeat', 'enthusiastic', 'lively', 'chatty', 'talkative', 'energetic'], ['명랑', '밝은', '활발', '수다', '유쾌', '쾌활']],
  ['shy', ['shy', 'nervous', 'timid', 'anxious', 'awkward'], ['수줍', '소심', '긴장', '내성적']],
  ['calm', ['calm', 'relaxed', 'laid-back', 'easygoing', 'easy-going', 'quiet', 'sleepy'], ['차분', '느긋', '조용', '침착']],
];

const SETTING_WORDS: WordList<Setting> = [
  ['market', ['market', 'stall', 'fishmonger', 'vendor', 'bazaar', 'greengrocer'], ['시장', '노점', '좌판', '장터', '생선 가게', '상인']],
  ['cafe', ['café', 'cafe', 'coffee', 'barista', 'coffeehouse', 'tea room'], ['카페', '커피', '바리스타', '찻집']],
  ['interview', ['interview', 'interviewer', 'recruiter', 'hiring', 'job interview'], ['면접', '채용', '면접관', '인사 담당']],
  ['restaurant', ['restaurant', 'waiter', 'waitress', 'chef', 'diner', 'bistro'], ['식당', '음식점', '레스토랑', '요리사', '셰프']],
  ['shop', ['shop', 'store', 'clerk', 'cashier', 'boutique', 'bakery', 'pharmacy'], ['가게', '편의점', '상점', '매장', '빵집', '약국', '점원']],
  ['office', ['office', 'manager', 'boss', 'colleague', 'coworker', 'meeting', 'sales call'], ['회사', '사무실', '팀장', '상사', '부장', '동료', '회의']],
  ['school', ['school', 'teacher', 'class', 'classroom', 'professor', 'tutor', 'university'], ['학교', '선생님', '수업', '교수', '교실', '학원']],
  ['clinic', ['hospital', 'doctor', 'nurse', 'clinic', 'dentist'], ['병원', '의사', '간호사', '치과', '진료']],
  ['hotel', ['hotel', 'reception', 'receptionist', 'airport', 'taxi', 'front desk'], ['호텔', '프런트', '공항', '택시', '리셉션']],
];

/** "not friendly", "neither easy nor hostile", "친절하지 않은": words a model would not take at face value. */
const NEGATED_EN = /\b(?:not|never|no|neither|nor|without|hardly)\s+(?:(?:too|very|at all|particularly|overly)\s+)?[a-z-]+/gi;
const NEGATED_KO = /[\uac00-\ud7a3]+지\s*(?:않|못)[\uac00-\ud7a3]*/g;

function withoutNegations(text: string): string {
  return text.replace(NEGATED_EN, ' ').replace(NEGATED_KO, ' ');
}

interface Hit<T> {
  value: T;
  at: number;
  end: number;
  korean: boolean;
}

function hitsOf<T extends string>(text: string, list: WordList<T>): Array<Hit<T>> {
  const hits: Array<Hit<T>> = [];
  const lower = text.toLowerCase();
  for (const [value, english, korean] of list) {
    for (const word of english) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const m of lower.matchAll(new RegExp(`(?<![a-z-])${escaped}(?![a-z-])`, 'g'))) {
        hits.push({ value, at: m.index, end: m.index + word.length, korean: false });
      }
    }
    for (const stem of korean) {
      for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) hits.push({ value, at, end: at + stem.length, korean: true });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

function firstMatch<T extends string>(text: string, list: WordList<T>): T | null {
  return hitsOf(text, list)[0]?.value ?? null;
}

/** "… at a busy market", "시장에서 …": the place named as where things happen. */
const ENGLISH_LOCATIVE = /\b(?:at|in|inside|behind|from|of)\s+(?:[\p{L}'-]+\s+){0,3}$/iu;

/**
 * The setting: a place the brief puts the persona in (English "at/in …", Korean "…에서") wins; otherwise
 * the head noun, which English puts first ("an interviewer at a studio") and Korean last ("회사의 면접관").
 */
function findSetting(text: string): Setting | null {
  const hits = hitsOf(text, SETTING_WORDS);
  const locative = hits.find((h) =>
    h.korean ? /^[\uac00-\ud7a3]{0,2}에서/.test(text.slice(h.end, h.end + 4)) : ENGLISH_LOCATIVE.test(text.slice(Math.max(0, h.at - 60), h.at)));
  if (locative) return locative.value;
  const english = hits.find((h) => !h.korean);
  return english?.value ?? hits.at(-1)?.value ?? null;
}

function statedAge(text: string): number | null {
  const match = /\b(\d{2})[- ]year[- ]old\b|\b(?:aged|age)\s+(\d{2})\b|(\d{2})\s*(?:살|세)/i.exec(text);
  const value = Number(match?.[1] ?? match?.[2] ?? match?.[3]);
  if (Number.isFinite(value) && value > 0) return value;
  const decade = /\b(?:in (?:her|his|their) )?(\d)0s\b|(\d)0대/.exec(text);
  const tens = Number(decade?.[1] ?? decade?.[2]);
  return Number.isFinite(tens) && tens > 0 ? tens * 10 + 4 : null;
}

/**
 * Reads `texts` in order of weight (the user's brief first, then the scenario and difficulty): each
 * trait comes from the first text that names one.
 */
export function readBrief(...texts: string[]): BriefReading {
  const cleaned = texts.map(withoutNegations);
  const first = <T>(read: (text: string) => T | null): T | null => {
    for (const text of cleaned) {
      const value = read(text);
      if (value !== null) return value;
    }
    return null;
  };
  return {
    age: first((t) => firstMatch(t, AGE_WORDS)),
    exactAge: first(statedAge),
    gender: first((t) => firstMatch(t, GENDER_WORDS)),
    temperament: first((t) => firstMatch(t, TEMPERAMENT_WORDS)),
    setting: first(findSetting),
  };
}
