import { CallError } from './call-error';

export interface SdpAnswer {
  sdp: string;
}

/**
 * Posts the offer to the Realtime calls endpoint with the ephemeral key. The body of a failed answer is
 * JSON, so it is read and reported here; it must never reach setRemoteDescription.
 */
export async function exchangeSdp(callsUrl: string, ephemeralKey: string, offerSdp: string, signal?: AbortSignal): Promise<SdpAnswer> {
  let response: Response;
  try {
    response = await fetch(callsUrl, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ephemeralKey}`, 'Content-Type': 'application/sdp' },
      body: offerSdp,
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new CallError('calls_unreachable');
  }
  const text = await response.text();
  if (!response.ok) {
    const { code, message } = readError(text);
    if (code === 'invalid_api_key' || code === 'model_not_found' || code === 'insufficient_quota') {
      throw new CallError(code, message);
    }
    throw new CallError('sdp_rejected', message || `HTTP ${response.status}`);
  }
  if (!text.startsWith('v=')) throw new CallError('sdp_rejected', 'the answer was not SDP');
  return { sdp: text };
}

function readError(text: string): { code: string; message: string } {
  try {
    const body = JSON.parse(text) as { error?: { code?: string | null; message?: string } };
    return { code: body.error?.code ?? '', message: body.error?.message ?? '' };
  } catch {
    return { code: '', message: text.slice(0, 200) };
  }
}
