import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fixture } from './paths.ts';

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export function chromiumPath(): string {
  const found = CHROMIUM_CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) throw new Error('Chromium not found: install Debian\'s chromium (apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

/** Flags every test and benchmark browser gets: no background traffic, no outside host, loopback WebRTC. */
export const LOOPBACK_ONLY_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--allow-loopback-in-peer-connection',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  // Without it Chromium announces its ICE host candidates by mDNS multicast (224.0.0.251).
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];

const DISABLE_FEATURES = '--disable-features=';

/**
 * LOOPBACK_ONLY_ARGS plus `extra`. Chromium reads only the last `--disable-features`, so features an extra flag
 * disables are merged into the loopback one rather than replacing it (mDNS would be back on otherwise).
 */
export function loopbackChromiumArgs(extra: readonly string[] = []): string[] {
  const disabled = [...LOOPBACK_ONLY_ARGS, ...extra].filter((arg) => arg.startsWith(DISABLE_FEATURES)).flatMap((arg) => arg.slice(DISABLE_FEATURES.length).split(','));
  const rest = [...LOOPBACK_ONLY_ARGS, ...extra].filter((arg) => !arg.startsWith(DISABLE_FEATURES));
  return [...rest, `${DISABLE_FEATURES}${[...new Set(disabled)].join(',')}`];
}

export interface BrowserOptions {
  /** WAV file (in test/fixtures) that the fake microphone plays, looped. */
  micFile?: string;
  /** Deny microphone permission instead of granting it. */
  denyMicrophone?: boolean;
  /** Hold every microphone request this long, as a permission prompt left open does. */
  microphoneDelayMs?: number;
  /** The browser's language (navigator.languages), e.g. 'ko-KR'; default en-US. */
  locale?: string;
  /** A phone: its screen size, touch, and the mobile viewport. */
  device?: { width: number; height: number; mobile?: boolean };
  colorScheme?: 'light' | 'dark';
}

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fake microphone. Every packet stays on 127.0.0.1: background networking is off,
 * no outside host resolves, and WebRTC may use loopback (browser-testing.md, "every test packet stays").
 */
export async function launchBrowser(options: BrowserOptions = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'persona-talk-chromium-'));
  const args = loopbackChromiumArgs([
    '--autoplay-policy=no-user-gesture-required',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${fixture(options.micFile ?? 'mic-en.wav')}`,
    ...(options.denyMicrophone ? [] : ['--use-fake-ui-for-media-stream']),
  ]);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args,
    permissions: options.denyMicrophone ? [] : ['microphone'],
    locale: options.locale ?? 'en-US',
    ...(options.device
      ? { viewport: { width: options.device.width, height: options.device.height }, isMobile: options.device.mobile ?? true, hasTouch: options.device.mobile ?? true }
      : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript({ content: `window.__microphoneDelayMs = ${Number(options.microphoneDelayMs ?? 0)};` });
  await page.addInitScript({ content: INSTRUMENTATION });
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Records every peer connection and captured track the page creates, so a test can check that ending the
 * call really closed and stopped them (not just that the UI says so).
 */
const INSTRUMENTATION = `
(() => {
  const peers = [];
  const tracks = [];
  const NativePeer = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends NativePeer {
    constructor(...args) { super(...args); peers.push(this); }
  };
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    if (window.__microphoneDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, window.__microphoneDelayMs));
    const stream = await getUserMedia(constraints);
    tracks.push(...stream.getTracks());
    window.__testProbe.constraints.push(constraints);
    return stream;
  };
  window.__testProbe = {
    constraints: [],
    openPeers: () => peers.filter((pc) => pc.connectionState !== 'closed').length,
    peerCount: () => peers.length,
    liveTracks: () => tracks.filter((t) => t.readyState === 'live').length,
    trackCount: () => tracks.length,
  };
})();
`;

/** RMS of what the page's <audio> element is really receiving, measured from its stream in the page. */
export async function measureRemoteAudioLevel(page: Page, durationMs = 1_000): Promise<number> {
  return page.evaluate(async (duration) => {
    const element = document.querySelector('audio[data-role="assistant-audio"]') as HTMLAudioElement | null;
    const stream = element?.srcObject as MediaStream | null;
    if (!stream || stream.getAudioTracks().length === 0) return 0;
    const context = new AudioContext();
    await context.resume();
    const source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    analyser.fftSize = 2048;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let peakRms = 0;
    const until = performance.now() + duration;
    while (performance.now() < until) {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      peakRms = Math.max(peakRms, Math.sqrt(sum / samples.length));
      await new Promise((r) => setTimeout(r, 50));
    }
    source.disconnect();
    await context.close();
    return peakRms;
  }, durationMs);
}
