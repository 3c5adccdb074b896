// Session userAgent in Altogic's shape (docs/wire-contract.md §2.2), parsed by ua-parser-js; unknown parts are "Other"/"0".
import { UAParser } from 'ua-parser-js';
import type { WireUserAgent } from '../../wire.ts';

function versionParts(version: string | undefined): { major: string; minor: string; patch: string } {
  const [major, minor, patch] = (version ?? '').split(/[._]/);
  const part = (value: string | undefined) => (value && /^\d+$/.test(value) ? value : '0');
  return { major: part(major), minor: part(minor), patch: part(patch) };
}

// ua-parser-js names differ from the ua-parser (uap-core) names Altogic reports for a few families.
const OS_NAMES: Record<string, string> = { 'Mac OS': 'Mac OS X', macOS: 'Mac OS X' };

export function parseUserAgent(header: string | undefined): WireUserAgent {
  const result = new UAParser(header ?? '').getResult();
  const browser = versionParts(result.browser.version);
  const os = versionParts(result.os.version);
  const { vendor, model, type } = result.device;
  // desktops ("Macintosh" included) report device "Other", as uap-core does
  let deviceFamily = 'Other';
  if (model && type) deviceFamily = vendor && vendor !== 'Apple' ? `${vendor} ${model}` : model;
  let family = result.browser.name ?? 'Other';
  if (family === 'Chrome' && type === 'mobile') family = 'Chrome Mobile';
  return {
    family,
    ...browser,
    device: { family: deviceFamily, major: '0', minor: '0', patch: '0' },
    os: { family: result.os.name ? (OS_NAMES[result.os.name] ?? result.os.name) : 'Other', ...os },
  };
}
