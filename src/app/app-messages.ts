import { defineMessages } from '../i18n/catalogue';

const en = {
  title: 'Persona Talk',
  tagline: 'Meet a persona and talk to it out loud.',
  language: 'Language of the page',
  debugOpen: 'Debug panel',
  debugClose: 'Close debug panel',
  debugLoading: 'Loading the debug panel…',
  callLoading: 'Getting the call ready…',
  simulatorTitle: 'Simulator mode.',
  simulatorText: 'No OpenAI key is set, so calls go to the local Realtime simulator (and personas to the local Gemini simulator). It hears your voice and answers with recorded speech. Put your keys in .env to talk to the real services.',
};


export type AppMessages = typeof en;

export const appMessages = defineMessages(en, { ko: () => import('./app-messages.ko') });
