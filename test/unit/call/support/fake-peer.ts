/** A scripted RTCPeerConnection and data channel: enough of the WebRTC surface for RealtimeConnection. */
export class FakeDataChannel extends EventTarget {
  readyState: RTCDataChannelState = 'connecting';
  readonly sent: string[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: (() => void) | null = null;
  onopen: (() => void) | null = null;

  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 'closed';
  }
  open() {
    this.readyState = 'open';
    this.onopen?.();
    this.dispatchEvent(new Event('open'));
  }
  receive(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  closeFromRemote() {
    this.readyState = 'closed';
    this.onclose?.();
  }
}

export class FakePeer {
  connectionState: RTCPeerConnectionState = 'new';
  readonly channel = new FakeDataChannel();
  readonly replacedTracks: unknown[] = [];
  localDescription: RTCSessionDescriptionInit | null = null;
  remoteDescription: RTCSessionDescriptionInit | null = null;
  closed = false;
  ontrack: ((event: { streams: unknown[]; track: unknown }) => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;

  addTransceiver() {
    return { sender: { track: null as { stop(): void } | null, replaceTrack: async (track: unknown) => void this.replacedTracks.push(track) } };
  }
  createDataChannel(label: string) {
    if (label !== 'oai-events') throw new Error(`unexpected channel ${label}`);
    return this.channel;
  }
  async createOffer() {
    return { type: 'offer', sdp: 'v=0 offer' } as RTCSessionDescriptionInit;
  }
  async setLocalDescription(description: RTCSessionDescriptionInit) {
    this.localDescription = description;
  }
  async setRemoteDescription(description: RTCSessionDescriptionInit) {
    this.remoteDescription = description;
  }
  close() {
    this.closed = true;
    this.connectionState = 'closed';
  }
  setState(state: RTCPeerConnectionState) {
    this.connectionState = state;
    this.onconnectionstatechange?.();
  }
}
