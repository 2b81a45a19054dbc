import type { ProblemPolicy } from './call-problem';

/** Failures the page finds itself (microphone, network, WebRTC, a message it cannot read), and what they do. */
export const PAGE_PROBLEMS = {
  no_persona: { fatal: false },
  token_server_unreachable: { fatal: true, canReconnect: true },
  token_server_mixed_content: { fatal: true },
  sdp_rejected: { fatal: true, canReconnect: true },
  calls_unreachable: { fatal: true, canReconnect: true },
  connection_lost: { fatal: true, canReconnect: true },
  connection_failed: { fatal: true, canReconnect: true },
  'mic:permission-denied': { fatal: true },
  'mic:no-device': { fatal: true },
  'mic:device-busy': { fatal: true },
  'mic:unsupported': { fatal: true },
  'mic:audio-graph': { fatal: true },
  'mic:ended': { fatal: true, canReconnect: true },
  malformed_event: { fatal: false },
} as const satisfies Record<string, ProblemPolicy>;
