import type { Setting, Temperament } from './brief-reading.ts';
import { copula, withWord } from './korean-particles.ts';

/** What a persona of each temperament is like and how they talk, in English and Korean. */
export interface TemperamentText {
  personality: string;
  speakingStyle: string;
}

export const TEMPERAMENT_TEXT: Record<'ko' | 'en', Record<Temperament | 'neutral', TemperamentText>> = {
  en: {
    blunt: { personality: 'Blunt and sparing with words; kind underneath, but never shows it.', speakingStyle: 'Short, curt sentences; no small talk, straight to the point.' },
    grumpy: { personality: 'In a bad mood and easily irritated; has little patience today.', speakingStyle: 'Sighs, clipped answers, and sometimes cuts the other person off.' },
    strict: { personality: 'Direct, demanding and hard to impress; respects clear, honest answers.', speakingStyle: 'Short, clipped sentences and pointed follow-up questions.' },
    kind: { personality: 'Warm, patient and curious; puts people at ease.', speakingStyle: 'Relaxed, friendly sentences with simple words.' },
    cheerful: { personality: 'Cheerful and chatty; makes friends with anyone in a minute.', speakingStyle: 'Quick, upbeat sentences full of jokes and exclamations.' },
    shy: { personality: 'Shy and a little nervous around strangers.', speakingStyle: 'Quiet and hesitant; short answers with pauses.' },
    calm: { personality: 'Calm and unhurried; nothing rattles them.', speakingStyle: 'Slow, even sentences in a soft voice.' },
    neutral: { personality: 'Polite and attentive, with a mind of their own; reacts to how the other person behaves.', speakingStyle: 'Natural, everyday sentences at a normal pace.' },
  },
  ko: {
    blunt: { personality: '무뚝뚝하고 말수가 적다. 속은 따뜻하지만 겉으로 잘 드러내지 않는다.', speakingStyle: '짧고 퉁명스러운 말투. 인사치레 없이 용건만 말한다.' },
    grumpy: { personality: '오늘따라 기분이 좋지 않아 쉽게 짜증을 낸다. 참을성이 없다.', speakingStyle: '한숨 섞인 퉁명스러운 말투. 가끔 상대의 말을 끊는다.' },
    strict: { personality: '직설적이고 까다로우며 쉽게 만족하지 않는다. 솔직하고 분명한 답을 좋아한다.', speakingStyle: '짧고 단호한 존댓말, 날카로운 꼬리 질문.' },
    kind: { personality: '친절하고 인내심이 많으며 상대를 편하게 해 준다.', speakingStyle: '쉬운 단어로 천천히 말하는 친근한 해요체.' },
    cheerful: { personality: '밝고 수다스러우며 처음 본 사람과도 금방 친해진다.', speakingStyle: '빠르고 들뜬 말투. 농담과 감탄사가 많다.' },
    shy: { personality: '수줍음이 많고 낯선 사람 앞에서 긴장한다.', speakingStyle: '작은 목소리로 머뭇거리며 짧게 대답한다.' },
    calm: { personality: '차분하고 느긋하며 서두르는 법이 없다.', speakingStyle: '천천히, 또박또박 말하는 부드러운 존댓말.' },
    neutral: { personality: '예의 바르지만 자기 생각이 분명하다. 상대의 태도에 따라 반응한다.', speakingStyle: '자연스러운 존댓말, 보통 빠르기.' },
  },
};

/** Where the conversation happens, what the learner wants there, and how the persona opens (gentle, gruff). */
export interface SettingText {
  /** The persona's role there, for a brief the persona's language cannot quote. */
  role: string;
  scene: string;
  /** `who` is how the learner refers to the persona (a first name, or 박말순 할머니). */
  userGoal: (who: string) => string;
  openingLine: (name: string, gruff: boolean) => string;
}

type SettingKey = Setting | 'anywhere';

export const SETTING_TEXT: Record<'ko' | 'en', Record<SettingKey, SettingText>> = {
  en: {
    market: {
      role: 'a market stallholder',
      scene: 'A busy market lane in the afternoon, full of shoppers.',
      userGoal: (who) => `Buy what you need from ${who} at a fair price and make a little small talk.`,
      openingLine: (_n, gruff) => (gruff ? 'What are you after? It is all fresh today, so pick quickly.' : 'Come in, come in! Everything is fresh today. What are you looking for?'),
    },
    cafe: {
      role: 'a barista behind the counter',
      scene: 'A café just after the lunch rush; a customer steps up to the counter.',
      userGoal: (who) => `Ask ${who} about the menu and order exactly what you want.`,
      openingLine: (_n, gruff) => (gruff ? 'Ready to order? There is a queue behind you.' : 'Hi there! What can I get started for you today?'),
    },
    interview: {
      role: 'the interviewer',
      scene: 'A quiet meeting room; the interview is about to start.',
      userGoal: (who) => `Answer ${who}'s questions clearly and show why you are right for the job.`,
      openingLine: (n, gruff) => (gruff ? `I'm ${n}. Let's not waste time — tell me why you're here.` : `Hi, I'm ${n}. Thanks for coming in — shall we start with a little about you?`),
    },
    restaurant: {
      role: 'a waiter at the restaurant',
      scene: 'A restaurant filling up for dinner.',
      userGoal: (who) => `Get a table, ask ${who} about the dishes and order a meal.`,
      openingLine: (_n, gruff) => (gruff ? 'Decided yet? We are out of a few things tonight.' : 'Good evening! Here is the menu — can I get you something to drink first?'),
    },
    shop: {
      role: 'a shop assistant',
      scene: 'A quiet shop on a weekday afternoon.',
      userGoal: (who) => `Explain to ${who} what you are looking for and buy it.`,
      openingLine: (_n, gruff) => (gruff ? 'Looking for something? We close soon.' : 'Hello! Let me know if you need help finding anything.'),
    },
    office: {
      role: 'the team manager',
      scene: 'The office, late in the afternoon.',
      userGoal: (who) => `Talk the problem through with ${who} calmly and agree on a way forward.`,
      openingLine: (_n, gruff) => (gruff ? 'Sit down. We need to talk about last week.' : 'Oh, good, you are here. Grab a seat — I wanted to catch up.'),
    },
    school: {
      role: 'the teacher',
      scene: 'A classroom after the lesson has ended.',
      userGoal: (who) => `Ask ${who} your questions and explain what you learned today.`,
      openingLine: (_n, gruff) => (gruff ? 'You are late. Did you do the homework?' : 'Come on in. Was there anything in today’s lesson you wanted to ask about?'),
    },
    clinic: {
      role: 'the doctor',
      scene: "A clinic's consulting room, the waiting room full.",
      userGoal: (who) => `Describe your symptoms to ${who} clearly and understand the advice.`,
      openingLine: (_n, gruff) => (gruff ? 'Next. What seems to be the problem? Keep it short, please.' : 'Hello, have a seat. What brings you in today?'),
    },
    hotel: {
      role: 'a hotel receptionist',
      scene: 'A hotel front desk with a short queue.',
      userGoal: (who) => `Check in with ${who}'s help and ask about anything you need.`,
      openingLine: (_n, gruff) => (gruff ? 'Name on the booking? Quickly, please.' : 'Good afternoon! Are you checking in with us today?'),
    },
    anywhere: {
      role: 'someone the learner meets',
      scene: 'A weekday afternoon. The conversation is about to begin.',
      userGoal: (who) => `Have a clear, confident conversation with ${who} and reach a good outcome.`,
      openingLine: (n, gruff) => (gruff ? `I'm ${n}. Let's not waste time — tell me why you're here.` : `Hi, I'm ${n}. Nice to meet you — how can I help today?`),
    },
  },
  ko: {
    market: {
      role: '시장 상인',
      scene: '오후의 시장 골목, 장 보러 나온 사람들로 붐빈다.',
      userGoal: (who) => `${who}에게서 필요한 것을 적당한 값에 사고, 단골처럼 이야기도 나눠 보기.`,
      openingLine: (_n, gruff) => (gruff ? '뭐 찾아요? 오늘 물건 좋으니까 얼른 골라 봐요.' : '어서 와요! 오늘 물건이 아주 싱싱해요. 뭐 찾으세요?'),
    },
    cafe: {
      role: '카페 직원',
      scene: '점심시간이 막 지난 카페, 카운터 앞에 손님이 선다.',
      userGoal: (who) => `${who}에게 메뉴를 물어보고 원하는 음료를 정확히 주문하기.`,
      openingLine: (_n, gruff) => (gruff ? '주문하실 거면 말씀하세요. 뒤에 손님 기다려요.' : '어서 오세요! 주문 도와드릴까요?'),
    },
    interview: {
      role: '면접관',
      scene: '조용한 회의실, 면접이 막 시작되려 한다.',
      userGoal: (who) => `${who}의 질문에 분명하게 답하고 이 일에 맞는 사람임을 보여 주기.`,
      openingLine: (n, gruff) => (gruff ? `${n}입니다. 시간이 많지 않으니 바로 시작하죠. 왜 지원하셨어요?` : `안녕하세요, 저는 ${copula(n)}. 편하게 앉으세요. 간단히 자기소개부터 해 주시겠어요?`),
    },
    restaurant: {
      role: '식당 직원',
      scene: '저녁 손님이 몰리기 시작한 식당.',
      userGoal: (who) => `${who}에게 메뉴를 묻고 원하는 음식을 주문하기.`,
      openingLine: (_n, gruff) => (gruff ? '메뉴 정하셨어요? 오늘 재료가 몇 개 떨어졌어요.' : '어서 오세요. 메뉴판 여기 있어요. 음료부터 드릴까요?'),
    },
    shop: {
      role: '가게 점원',
      scene: '한산한 평일 오후의 가게.',
      userGoal: (who) => `${who}에게 원하는 물건을 설명하고 찾아서 사기.`,
      openingLine: (_n, gruff) => (gruff ? '뭐 찾으세요? 곧 문 닫아요.' : '어서 오세요. 찾으시는 거 있으면 말씀해 주세요.'),
    },
    office: {
      role: '팀장',
      scene: '퇴근 시간이 다가오는 사무실.',
      userGoal: (who) => `${withWord(who)} 문제를 차분히 이야기하고 함께 해결책을 찾기.`,
      openingLine: (_n, gruff) => (gruff ? '앉아요. 지난주 일 때문에 얘기 좀 해야겠어요.' : '아, 왔어요? 잠깐 앉아요. 얘기 좀 나누고 싶었어요.'),
    },
    school: {
      role: '선생님',
      scene: '수업이 끝난 뒤의 교실.',
      userGoal: (who) => `${who}에게 궁금한 점을 묻고 오늘 배운 내용을 설명해 보기.`,
      openingLine: (_n, gruff) => (gruff ? '늦었네요. 숙제는 해 왔어요?' : '어서 와요. 오늘 수업에서 궁금한 거 있었어요?'),
    },
    clinic: {
      role: '의사',
      scene: '대기실이 꽉 찬 병원 진료실.',
      userGoal: (who) => `${who}에게 증상을 정확히 설명하고 필요한 안내를 받기.`,
      openingLine: (_n, gruff) => (gruff ? '다음 분. 어디가 아파서 오셨어요? 간단히 말씀하세요.' : '안녕하세요. 어디가 불편해서 오셨어요?'),
    },
    hotel: {
      role: '호텔 프런트 직원',
      scene: '체크인 손님이 줄을 선 호텔 프런트.',
      userGoal: (who) => `${who}의 도움으로 문제없이 체크인하고 궁금한 것을 물어보기.`,
      openingLine: (_n, gruff) => (gruff ? '예약하신 성함이요? 빨리 확인해 드릴게요.' : '안녕하세요, 체크인 도와드릴까요?'),
    },
    anywhere: {
      role: '대화 상대',
      scene: '평일 오후, 대화가 막 시작되려 한다.',
      userGoal: (who) => `${withWord(who)} 자신 있게 대화하고 좋은 결과를 얻는 것.`,
      openingLine: (n, gruff) => (gruff ? `${n}입니다. 무슨 일로 오셨어요? 용건만 간단히 하죠.` : `안녕하세요, 저는 ${copula(n)}. 만나서 반가워요. 무엇을 도와드릴까요?`),
    },
  },
};
