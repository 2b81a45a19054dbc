import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadTokenServerConfig, tokenServerIsElsewhere, tokenServerUrl } from '../config/token-server';
import { PROXY_PATH, setGeminiProxyBase } from '../persona/gemini-settings';
import { loadLocale } from '../i18n/catalogue';
import { currentLocale } from '../i18n/locale';
import { App } from './app';
import './app.css';

// Where the token server is (config.json beside index.html, VITE_TOKEN_SERVER_URL, or this origin) is known
// before the first render, so every later call reads it synchronously; a Korean page has its words by then too.
void Promise.all([loadTokenServerConfig(), loadLocale(currentLocale())]).then(() => {
  if (tokenServerIsElsewhere()) setGeminiProxyBase(tokenServerUrl(PROXY_PATH));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
