/**
 * P2, turn overhead: from the stand-in's `input_audio_buffer.speech_stopped` to the reply audible at the page's
 * `<audio>` (the call probes' 10 ms sampler), with the stand-in answering at once (generationDelayMs 0), over
 * BENCH_TURNS turns of the fake microphone (a short sentence every 2.7 s, looped: bench/support/turn-mic.ts).
 * The receive path is the part from the reply's first RTP packet leaving the stand-in to audible. The reply
 * fixture's own lead-in before its first sound (0–10 ms) is subtracted from both.
 *
 *   node --import tsx bench/turn-overhead.bench.ts      # BENCH_TURNS=24
 */
import { launchBenchBrowser } from './support/bench-browser.ts';
import { endCall, onsetsOf, openPage, startAndHear } from './support/app-call.ts';
import { buildBenchApp, startCallStack } from './support/call-stack.ts';
import { alignPageClock } from './support/clock-align.ts';
import { fixtureOnsetMs } from './support/fixture-onset.ts';
import { percentile, round } from './support/stats.ts';
import { turnMicFile } from './support/turn-mic.ts';

const TURNS = Number(process.env.BENCH_TURNS ?? 24);

interface Turn { stoppedAt: number; firstPacketAt: number; audibleAt: number; lead: number }

async function main(): Promise<void> {
  console.log('building the app…');
  const dist = await buildBenchApp('call-bench');
  const stack = await startCallStack(dist, { generationDelayMs: 0 });
  const browser = await launchBenchBrowser(turnMicFile());
  try {
    const page = await openPage(browser.context, `${stack.url}/`);
    await startAndHear(page, true);
    const callId = stack.realtime.calls().at(-1)?.id;
    const sentOfCall = () => stack.realtime.sent.filter((s) => s.callId === callId);
    const stops = () => sentOfCall().filter((s) => s.event.type === 'input_audio_buffer.speech_stopped');
    console.log(`waiting for ${TURNS} turns…`);
    // One extra turn, so the last counted one has surely played; bounded well above the 2.7 s loop.
    await stack.realtime.waitFor(() => stops().length > TURNS, (TURNS + 4) * 6_000);
    await page.waitForTimeout(1_500);
    const clock = await alignPageClock(page);
    const onsets = (await onsetsOf(page)).map((t) => clock.toEpoch(t));
    const jitter = await page.evaluate(() =>
      (window as unknown as { __callProbe: { jitterBuffer(): Promise<Record<string, number> | null> } }).__callProbe.jitterBuffer());
    await endCall(page);

    const toEpoch = (atMs: number) => stack.realtime.clockOriginMs + atMs;
    const sent = sentOfCall();
    const responses = stack.realtime.responses(callId);
    const turns: Turn[] = [];
    for (const [index, stop] of stops().slice(0, TURNS).entries()) {
      const next = stops()[index + 1]?.atMs ?? Infinity;
      const started = sent.find((s) => s.event.type === 'output_audio_buffer.started' && s.atMs > stop.atMs && s.atMs < next);
      if (!started) continue;
      const response = responses.find((r) => r.responseId === started.event.response_id);
      const firstPacketAt = toEpoch(started.atMs);
      // The clock is known to within a millisecond or two: an onset is matched from just before the packet.
      const audibleAt = onsets.find((t) => t >= firstPacketAt - 2 * clock.uncertaintyMs - 1 && t < toEpoch(next));
      if (audibleAt === undefined) continue;
      turns.push({ stoppedAt: toEpoch(stop.atMs), firstPacketAt, audibleAt, lead: response?.fixture ? fixtureOnsetMs(response.fixture) : 0 });
    }
    const overhead = turns.map((t) => t.audibleAt - t.stoppedAt - t.lead);
    const receive = turns.map((t) => t.audibleAt - t.firstPacketAt - t.lead);
    const standin = turns.map((t) => t.firstPacketAt - t.stoppedAt);
    console.log(JSON.stringify({ turns: turns.length, clockOffsetMs: round(clock.offsetMs, 2), clockUncertaintyMs: round(clock.uncertaintyMs, 2), overhead: overhead.map((v) => round(v)), receive: receive.map((v) => round(v)) }));
    console.log(`clocks: page epoch = timeOrigin + now, measured offset to node ${clock.offsetMs.toFixed(2)} ms (± ${clock.uncertaintyMs.toFixed(2)} ms)`);
    console.log(`stand-in part (speech_stopped → first RTP packet sent): p50 ${round(percentile(standin, 50), 1)} ms p95 ${round(percentile(standin, 95), 1)} ms`);
    if (jitter) {
      console.log(`receive path, Chromium's jitter buffer over the call (getStats inbound-rtp): delay ${round(jitter.delayMs ?? 0)} ms, target ${round(jitter.targetMs ?? 0)} ms, minimum ${round(jitter.minimumMs ?? 0)} ms per sample; interarrival jitter ${round(jitter.jitterMs ?? 0, 1)} ms`);
    }
    console.log(`turn overhead: p50 ${round(percentile(overhead, 50))} ms p95 ${round(percentile(overhead, 95))} ms (receive path p50 ${round(percentile(receive, 50))} ms), ${turns.length} turns`);
    if (turns.length < 20) process.exitCode = 1;
  } finally {
    await browser.close();
    await stack.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
