import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startEventLogRecording } from '../debug/event-log-buffer';
import { App } from './app';
import { connectPersonaToCall } from './persona-bridge';
import './app.css';

startEventLogRecording();
connectPersonaToCall();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
