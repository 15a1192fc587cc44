import { describe, expect, it } from 'vitest';
import { adviseFlows, recommendedFlow } from '../../src/engine/flows';
import { t } from '../../src/i18n';
import { duoOidcEndpoints, UNVERIFIED } from '../../src/engine/oidc';
import { initialState, reduce } from '../../src/engine/progress';

describe('choosing the Okta flow', () => {
  it('recommends Universal Prompt on Identity Engine, the Classic factor on Classic', () => {
    expect(recommendedFlow('identity', false)).toBe('okta-universal-prompt');
    expect(recommendedFlow('classic', false)).toBe('okta-classic');
  });

  it('never recommends Universal Prompt to Duo Federal', () => {
    expect(recommendedFlow('identity', true)).toBe('okta-oie');
    expect(recommendedFlow('classic', true)).toBe('okta-classic');
    expect(recommendedFlow(undefined, true)).toBe('okta-oie');
    const up = adviseFlows('identity', true).find((a) => a.flow === 'okta-universal-prompt');
    expect(up?.applies).toBe(false);
    expect(t(up!.why)).toMatch(/Federal/);
  });

  it('names the four features Classic needs for Universal Prompt', () => {
    const up = adviseFlows('classic', false).find((a) => a.flow === 'okta-universal-prompt');
    expect(t(up!.why)).toMatch(/GENERIC_OIDC_IDP/);
    expect(t(up!.why)).toMatch(/CLAIMS_AS_FACTOR/);
  });

  it('lists the recommended flow first, every flow once', () => {
    for (const engine of ['identity', 'classic', undefined] as const) {
      const advice = adviseFlows(engine, false);
      expect(advice[0]?.recommended).toBe(true);
      expect(new Set(advice.map((a) => a.flow)).size).toBe(3);
    }
  });

  it('follows the engine of the org in use until the admin chooses, then keeps the choice', () => {
    let s = reduce(initialState(), { type: 'seen', kind: 'okta-admin', account: 'nova.okta.com', at: [], done: [] });
    s = reduce(s, { type: 'engine', org: 'nova.okta.com', engine: 'identity' });
    expect(s.flow).toBe('okta-universal-prompt');
    // Another org's report is kept for that org, and changes nothing else.
    const other = reduce(s, { type: 'engine', org: 'acme.okta.com', engine: 'classic' });
    expect(other.flow).toBe('okta-universal-prompt');
    expect(other.engines['acme.okta.com']).toBe('classic');
    s = reduce(s, { type: 'flow', flow: 'okta-oie' });
    s = reduce(s, { type: 'engine', org: 'acme.okta.com', engine: 'classic' });
    expect(s.flow).toBe('okta-oie');
  });
});

describe('Duo OIDC endpoints', () => {
  it('derives them from the API hostname as Duo’s Universal Prompt SDK does', () => {
    expect(duoOidcEndpoints('api-abc12345.duosecurity.com')).toEqual({
      issuer: 'https://api-abc12345.duosecurity.com/oauth/v1/token',
      authorize: 'https://api-abc12345.duosecurity.com/oauth/v1/authorize',
      token: 'https://api-abc12345.duosecurity.com/oauth/v1/token',
      jwks: 'https://api-abc12345.duosecurity.com/oauth/v1/keys',
    });
    expect(UNVERIFIED).toEqual(['jwks']);
  });
});
