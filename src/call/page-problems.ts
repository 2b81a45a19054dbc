import type { ProblemEntry } from './call-problem';

/** Failures the page finds itself: microphone, network, WebRTC, a message it cannot read. */
export const PAGE_PROBLEMS = {
  no_persona: {
    message: 'There is no persona to call yet.',
    fix: 'Pick a built-in persona or create one, then press Start call.',
    fatal: false,
  },
  token_server_unreachable: {
    message: 'The token server could not be reached.',
    fix: 'Make sure it is running (npm start, or npm run server) and that this page is served from it or proxied to it.',
    fatal: true,
    canReconnect: true,
  },
  sdp_rejected: {
    message: (detail) => `OpenAI refused the call setup${detail ? `: ${detail}` : '.'}`,
    fix: 'Press Start call again for a fresh key. If it keeps failing, check the token server log.',
    fatal: true,
    canReconnect: true,
  },
  calls_unreachable: {
    message: 'The Realtime service could not be reached to set up the call.',
    fix: 'Check the network connection, then press Start call again.',
    fatal: true,
    canReconnect: true,
  },
  connection_lost: {
    message: 'The connection to the call dropped.',
    fix: 'Check the network, then press Reconnect. The transcript is kept.',
    fatal: true,
    canReconnect: true,
  },
  connection_failed: {
    message: 'The audio connection could not be established.',
    fix: 'A firewall or VPN may block WebRTC. Try another network, then press Start call again.',
    fatal: true,
    canReconnect: true,
  },
  'mic:permission-denied': {
    message: 'Microphone access is blocked for this page.',
    fix: 'Allow the microphone in the address bar (the lock or camera icon), then press Start call again.',
    fatal: true,
  },
  'mic:no-device': {
    message: 'No microphone was found.',
    fix: 'Connect a microphone or headset, then press Start call again.',
    fatal: true,
  },
  'mic:device-busy': {
    message: 'The microphone is in use by another program or could not be started.',
    fix: 'Close other apps that use the microphone, then press Start call again.',
    fatal: true,
  },
  'mic:unsupported': {
    message: 'This browser does not allow microphone access here.',
    fix: 'Open the page over https (or on localhost) in a current browser.',
    fatal: true,
  },
  'mic:audio-graph': {
    message: 'The microphone could not be connected to the call.',
    fix: 'Reload the page and press Start call again; if it persists, try another browser.',
    fatal: true,
  },
  'mic:ended': {
    message: 'The microphone was disconnected during the call.',
    fix: 'Reconnect the microphone, then press Reconnect. The transcript is kept.',
    fatal: true,
    canReconnect: true,
  },
  malformed_event: {
    message: 'The call received a message it could not read; it was skipped.',
    fix: 'If this repeats, open the debug panel (?debug=1) and export the event log.',
    fatal: false,
  },
} as const satisfies Record<string, ProblemEntry>;
