/**
 * P1, connect: Start click → data channel open and → the persona's first audible sound at the page's `<audio>`,
 * behind an added network round trip of 0, 50 and 150 ms on the token and calls endpoints (media on loopback).
 * In the same run: the page without the key prefetch, the page in the console's sequential order
 * (`?bench-sequential=1`), and the parts on their own (a bare client doing one step after another), from which
 * the physical minimum is computed: max(microphone, offer + SDP round trip) + ICE/DTLS/SCTP + response.create →
 * audible. The key is off that path: it carries no persona, so it can be fetched before the click.
 *
 *   node --import tsx bench/connect.bench.ts          # BENCH_REPS=5 (per round trip and variant)
 */
import { launchBenchBrowser } from './support/bench-browser.ts';
import { bareConnect, endCall, openPage, startAndHear, type HeardStart, type Marks } from './support/app-call.ts';
import { buildBenchApp, startCallStack } from './support/call-stack.ts';
import { median, round } from './support/stats.ts';

const RTTS = [0, 50, 150];
const REPS = Number(process.env.BENCH_REPS ?? 5);
const VARIANTS = ['ours', 'no-prefetch', 'sequential'] as const;
type Variant = (typeof VARIANTS)[number];
const QUERY: Record<Variant, string> = { ours: '', 'no-prefetch': '?bench-no-prefetch=1', sequential: '?bench-sequential=1' };

const span = (marks: Marks, from: keyof Marks, to: keyof Marks): number => {
  const a = marks[from];
  const b = marks[to];
  return a === undefined || b === undefined ? Number.NaN : b - a;
};

interface Sample { variant: Variant | 'parts'; rtt: number; marks: Marks }

async function main(): Promise<void> {
  console.log('building the app…');
  const dist = await buildBenchApp('call-bench');
  const stack = await startCallStack(dist);
  const browser = await launchBenchBrowser();
  const samples: Sample[] = [];
  // What the page sent on its first call: the bare client sends the same key request and persona.
  let sent: Omit<HeardStart, 'marks'> | null = null;
  try {
    // Warm-up, not counted: the first page of a fresh browser loads and compiles everything once.
    for (const variant of VARIANTS) {
      const page = await openPage(browser.context, `${stack.url}/${QUERY[variant]}`);
      const heard = await startAndHear(page, variant === 'ours').catch((error: unknown) => console.error('warm-up:', error));
      sent ??= heard ? { tokenBody: heard.tokenBody, sessionUpdate: heard.sessionUpdate, constraints: heard.constraints } : null;
      await endCall(page);
      await page.close();
    }
    for (let rep = 0; rep < REPS; rep++) {
      for (const rtt of RTTS) {
        stack.setRttMs(rtt);
        // Rotated each repetition, so no variant always runs first after a change of round trip.
        const order = [...VARIANTS, 'parts' as const].map((_, i, all) => all[(i + rep) % all.length] as Variant | 'parts');
        for (const variant of order) {
          const page = await openPage(browser.context, `${stack.url}/${variant === 'parts' ? '' : QUERY[variant]}`);
          try {
            if (variant === 'parts') {
              await page.waitForFunction(() => 'tokenEnd' in (window as unknown as { __callProbe: { marks: object } }).__callProbe.marks, undefined, { timeout: 15_000 });
              samples.push({ variant, rtt, marks: await bareConnect(page, sent ?? { constraints: null }) });
            } else {
              const result = await startAndHear(page, variant === 'ours');
              samples.push({ variant, rtt, marks: result.marks });
              await endCall(page);
            }
          } finally {
            await page.close();
          }
        }
      }
      process.stdout.write(`repetition ${rep + 1}/${REPS} done\n`);
    }
  } finally {
    await browser.close();
    await stack.close();
  }
  report(samples);
}

function report(samples: Sample[]): void {
  const lines: string[] = [];
  const summary: Record<string, unknown>[] = [];
  for (const rtt of RTTS) {
    const of = (variant: Sample['variant']) => samples.filter((s) => s.variant === variant && s.rtt === rtt).map((s) => s.marks);
    const med = (variant: Sample['variant'], from: keyof Marks, to: keyof Marks) => median(of(variant).map((m) => span(m, from, to)));
    const parts = {
      microphone: med('parts', 'micStart', 'micEnd'),
      token: med('parts', 'tokenStart', 'tokenEnd'),
      // createOffer and setLocalDescription: up to the POST, the key being there already.
      offer: med('parts', 'offerStart', 'sdpStart'),
      sdp: med('parts', 'sdpStart', 'sdpEnd'),
      iceDtlsSctp: med('parts', 'answerApplied', 'channelOpen'),
      responseToAudible: med('parts', 'responseCreate', 'audible'),
    };
    const minimumToOpen = Math.max(parts.microphone, parts.offer + parts.sdp) + parts.iceDtlsSctp;
    const minimum = minimumToOpen + parts.responseToAudible;
    const figures = Object.fromEntries(VARIANTS.map((variant) => [variant, {
      open: med(variant, 'click', 'channelOpen'),
      audible: med(variant, 'click', 'audible'),
      clickToMic: med(variant, 'click', 'micStart'),
      microphone: med(variant, 'micStart', 'micEnd'),
      clickToOffer: med(variant, 'click', 'offerStart'),
      clickToSdp: med(variant, 'click', 'sdpStart'),
      sdp: med(variant, 'sdpStart', 'sdpEnd'),
      token: med(variant, 'tokenStart', 'tokenEnd'),
      answerToOpen: med(variant, 'answerApplied', 'channelOpen'),
      openToResponseCreate: med(variant, 'channelOpen', 'responseCreate'),
      responseToAudible: med(variant, 'responseCreate', 'audible'),
      openToFirstServerMessage: med(variant, 'channelOpen', 'firstServerMessage'),
      audibleToFirstServerMessage: med(variant, 'audible', 'firstServerMessage'),
    }]));
    const ours = figures.ours?.audible ?? Number.NaN;
    const sequential = figures.sequential?.audible ?? Number.NaN;
    summary.push({ rtt, parts, minimumToOpen, minimum, figures, samples: of('ours').length });
    lines.push(`parts alone at rtt ${rtt} ms (median): microphone ${round(parts.microphone)} ms, token fetch ${round(parts.token)} ms, offer ${round(parts.offer)} ms, SDP round trip ${round(parts.sdp)} ms, ICE+DTLS+SCTP ${round(parts.iceDtlsSctp)} ms, response.create → audible ${round(parts.responseToAudible)} ms`);
    for (const variant of VARIANTS) {
      const f = figures[variant]!;
      lines.push(`  ${variant.padEnd(11)} click → channel open ${round(f.open)} ms, → audible ${round(f.audible)} ms (click → mic ${round(f.clickToMic)}, mic ${round(f.microphone)}, click → offer ${round(f.clickToOffer)}, click → SDP post ${round(f.clickToSdp)}, SDP ${round(f.sdp)}, token ${round(f.token)}, answer → open ${round(f.answerToOpen)}, open → response.create ${round(f.openToResponseCreate)}, response.create → audible ${round(f.responseToAudible)}; first server message ${round(f.openToFirstServerMessage)} ms after open, ${round(f.audibleToFirstServerMessage)} ms after audible)`);
    }
    lines.push(`  physical minimum: channel open ${round(minimumToOpen)} ms, audible ${round(minimum)} ms`);
    lines.push(`P1 connect: rtt ${rtt} ms, ours ${round(ours)} ms, physical minimum ${round(minimum)} ms, ratio to physical minimum ${(ours / minimum).toFixed(2)} (goal <= 1.15), sequential ${round(sequential)} ms, sequential/ours ${(sequential / ours).toFixed(2)} (goal >= 2)`);
  }
  // werift's late first data-channel message (browser-testing.md) would show here as a second after open.
  const lateFirst = samples.filter((s) => s.variant !== 'parts' && span(s.marks, 'channelOpen', 'firstServerMessage') > 500).length;
  const beforeSound = samples.filter((s) => s.variant !== 'parts' && span(s.marks, 'firstServerMessage', 'audible') > 0).length;
  lines.unshift(`werift's first data-channel message: later than 500 ms after open in ${lateFirst} of ${samples.filter((s) => s.variant !== 'parts').length} calls; before the first sound in ${beforeSound}; the figures end at channel open and at sound, neither of which waits for a message werift sends`);
  console.log(JSON.stringify({ reps: REPS, summary }));
  for (const line of lines) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
