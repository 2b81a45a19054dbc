import { describe, expect, it } from 'vitest';
import { loopbackChromiumArgs } from '../../browser/support/browser.ts';

describe('the test browsers’ flags', () => {
  it('keep mDNS off whatever else an extra flag disables (Chromium reads only the last --disable-features)', () => {
    const args = loopbackChromiumArgs(['--disable-features=Translate', '--enable-precise-memory-info']);
    const disabled = args.filter((arg) => arg.startsWith('--disable-features='));
    expect(disabled).toEqual(['--disable-features=WebRtcHideLocalIpsWithMdns,Translate']);
    expect(args).toContain('--allow-loopback-in-peer-connection');
    expect(args).toContain('--enable-precise-memory-info');
  });
});
