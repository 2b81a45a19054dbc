/**
 * Installed before the page's scripts: gaps between animation frames and the longest stretch without a 4 ms timer
 * turn (busy main thread), over windows opened with `__frameProbe.begin()` and read with `__frameProbe.end()`.
 */
export const FRAME_PROBES = `
(() => {
  const probe = { on: false, gaps: [], maxBusy: 0 };
  probe.begin = () => { probe.on = true; probe.gaps = []; probe.maxBusy = 0; };
  probe.end = () => {
    probe.on = false;
    const gaps = [...probe.gaps].sort((a, b) => a - b);
    const at = (p) => gaps.length ? gaps[Math.min(gaps.length - 1, Math.floor(p * gaps.length))] : 0;
    return { frames: gaps.length, maxGap: gaps.length ? gaps[gaps.length - 1] : 0, p95Gap: at(0.95), maxBusy: probe.maxBusy };
  };
  window.__frameProbe = probe;
  let last = performance.now();
  const frame = (now) => { if (probe.on) probe.gaps.push(now - last); last = now; requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  let beat = performance.now();
  const heartbeat = () => { const now = performance.now(); if (probe.on) probe.maxBusy = Math.max(probe.maxBusy, now - beat); beat = now; setTimeout(heartbeat, 0); };
  setTimeout(heartbeat, 0);
})();
`;
