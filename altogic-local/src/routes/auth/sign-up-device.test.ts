// The sign-up's device: client address (IPv4, IPv6 /64, loopback as one) and exact User-Agent.
import { describe, expect, it } from 'vitest';
import { deviceOf, isSignUpDevice } from './sign-up-device.ts';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const request = (ip: string, userAgent: string | null = FIREFOX) => ({
  ip,
  headers: userAgent === null ? {} : { 'user-agent': userAgent },
});

describe('sign-up device', () => {
  it('is the same device for the same address and User-Agent, or another address of the same IPv6 /64', () => {
    expect(deviceOf(request('203.0.113.7'))).toBe(deviceOf(request('::ffff:203.0.113.7')));
    expect(deviceOf(request('2001:db8:1:2::10'))).toBe(deviceOf(request('2001:db8:1:2:aaaa:bbbb:cccc:dddd')));
    expect(deviceOf(request('127.0.0.1'))).toBe(deviceOf(request('::1')));
  });

  it('is another device for another address, another /64 or another User-Agent', () => {
    const signUp = deviceOf(request('203.0.113.7'));
    expect(deviceOf(request('203.0.113.8'))).not.toBe(signUp);
    expect(deviceOf(request('203.0.113.7', `${FIREFOX} `))).not.toBe(signUp);
    expect(deviceOf(request('203.0.113.7', null))).not.toBe(signUp);
    expect(deviceOf(request('2001:db8:1:3::10'))).not.toBe(deviceOf(request('2001:db8:1:2::10')));
  });

  it('an account without a recorded sign-up device has none', () => {
    expect(isSignUpDevice({ sign_up_device: null }, request('203.0.113.7'))).toBe(false);
    expect(isSignUpDevice({ sign_up_device: deviceOf(request('203.0.113.7')) }, request('203.0.113.7'))).toBe(true);
    expect(isSignUpDevice({ sign_up_device: deviceOf(request('203.0.113.7')) }, request('198.51.100.7'))).toBe(false);
  });
});
