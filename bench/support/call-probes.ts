/**
 * Installed before the page's own scripts (a string: tsx's helpers would not exist inside the page). Records, on
 * the page's clock (performance.now()), the moments of one connect: the Start click, getUserMedia, the token and
 * SDP fetches, the offer, the answer applied, the data channel open, `response.create` sent; and every onset of
 * sound at `audio[data-role="assistant-audio"]`, from an analyser polled every 10 ms (a measured level, not an
 * event). `__callProbe.reset()` clears them before the next measurement.
 */
export const CALL_PROBES = `
(() => {
  const THRESHOLD = 0.0056; // -45 dBFS: speech, not Opus comfort noise
  const QUIET_MS = 150;     // this much silence before a new onset counts
  const probe = {
    marks: {}, onsets: [], constraints: null,
    armed: false,
    peers: [],
    /** The jitter buffer of the last call's incoming audio, as Chromium reports it (ms per emitted sample). */
    async jitterBuffer() {
      const pc = probe.peers[probe.peers.length - 1];
      if (!pc) return null;
      for (const stat of (await pc.getStats()).values()) {
        if (stat.type !== 'inbound-rtp' || stat.kind !== 'audio' || !stat.jitterBufferEmittedCount) continue;
        const per = (total) => (total / stat.jitterBufferEmittedCount) * 1000;
        return { delayMs: per(stat.jitterBufferDelay), targetMs: per(stat.jitterBufferTargetDelay || 0), minimumMs: per(stat.jitterBufferMinimumDelay || 0), jitterMs: (stat.jitter || 0) * 1000 };
      }
      return null;
    },
    reset() { probe.marks = {}; probe.onsets = []; },
  };
  window.__callProbe = probe;
  const mark = (name) => { if (!(name in probe.marks)) probe.marks[name] = performance.now(); };

  // The first click after arm() is Start: its event time, on the same clock as the marks.
  probe.arm = () => { probe.reset(); probe.armed = true; };
  document.addEventListener('click', (event) => {
    if (!probe.armed) return;
    probe.armed = false;
    probe.marks.click = event.timeStamp;
    probe.marks.clickDispatch = performance.now();
  }, true);

  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    mark('micStart');
    probe.constraints = constraints;
    const stream = await getUserMedia(constraints);
    mark('micEnd');
    return stream;
  };

  const nativeFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const step = url.includes('/api/realtime/token') ? 'token' : url.includes('/realtime/calls') ? 'sdp' : null;
    if (step) mark(step + 'Start');
    const response = await nativeFetch(input, init);
    if (step) mark(step + 'End');
    if (step === 'token') probe.tokenBody = init && init.body;
    return response;
  };

  const NativePeer = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends NativePeer {
    constructor(...args) { mark('peerStart'); super(...args); mark('peerEnd'); probe.peers.push(this); }
    async createOffer(...args) { mark('offerStart'); const offer = await super.createOffer(...args); mark('offerEnd'); return offer; }
    async setRemoteDescription(description) {
      await super.setRemoteDescription(description);
      if (description && description.type === 'answer') mark('answerApplied');
    }
    createDataChannel(...args) {
      const channel = super.createDataChannel(...args);
      channel.addEventListener('open', () => mark('channelOpen'));
      channel.addEventListener('message', () => mark('firstServerMessage'));
      const send = channel.send.bind(channel);
      channel.send = (data) => {
        if (typeof data === 'string' && data.includes('"type":"response.create"')) mark('responseCreate');
        if (typeof data === 'string' && probe.sessionUpdate === undefined && data.includes('"type":"session.update"')) probe.sessionUpdate = data;
        send(data);
      };
      return channel;
    }
  };

  // The parts on their own: the same steps as a call, one after the other, each timed by the marks above.
  probe.bare = async (tokenBody, constraints, sessionUpdate) => {
    probe.reset();
    const stream = await navigator.mediaDevices.getUserMedia(constraints || { audio: true });
    const track = stream.getAudioTracks()[0];
    const tokenResponse = await window.fetch('/api/realtime/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: tokenBody || '{}' });
    const token = await tokenResponse.json();
    const pc = new RTCPeerConnection();
    const element = Object.assign(document.createElement('audio'), { autoplay: true, hidden: true });
    element.dataset.role = 'assistant-audio';
    document.body.append(element);
    pc.ontrack = (event) => { element.srcObject = event.streams[0] || new MediaStream([event.track]); };
    pc.addTransceiver(track, { direction: 'sendrecv' });
    const channel = pc.createDataChannel('oai-events');
    const opened = new Promise((resolve) => channel.addEventListener('open', resolve));
    await pc.setLocalDescription(await pc.createOffer());
    const answer = await window.fetch(token.callsUrl, {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + token.value, 'Content-Type': 'application/sdp' },
      body: pc.localDescription.sdp,
    });
    await pc.setRemoteDescription({ type: 'answer', sdp: await answer.text() });
    await opened;
    // As the page does: the persona first, then the request for its opening line.
    if (sessionUpdate) channel.send(sessionUpdate);
    channel.send(JSON.stringify({ type: 'response.create' }));
    const until = performance.now() + 10000;
    while (!('audible' in probe.marks) && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
    pc.close();
    track.stop();
    element.remove();
    return { ...probe.marks };
  };

  // The sampler: one AudioContext for the page's life, a new source whenever the element's stream changes.
  let context = null, analyser = null, source = null, stream = null, samples = null;
  let sounding = false, quietSince = 0;
  setInterval(() => {
    const element = document.querySelector('audio[data-role="assistant-audio"]');
    const current = element && element.srcObject;
    if (current !== stream) {
      if (source) source.disconnect();
      source = null;
      stream = current;
      if (stream && stream.getAudioTracks().length > 0) {
        context = context || new AudioContext();
        void context.resume();
        analyser = analyser || Object.assign(context.createAnalyser(), { fftSize: 512 });
        samples = samples || new Float32Array(analyser.fftSize);
        source = context.createMediaStreamSource(stream);
        source.connect(analyser);
      }
    }
    if (!source) return;
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const s of samples) sum += s * s;
    const rms = Math.sqrt(sum / samples.length);
    const now = performance.now();
    if (rms >= THRESHOLD) {
      if (!sounding) { probe.onsets.push(now); mark('audible'); }
      sounding = true;
      quietSince = now;
    } else if (sounding && now - quietSince >= QUIET_MS) {
      sounding = false;
    }
  }, 10);
})();
`;
