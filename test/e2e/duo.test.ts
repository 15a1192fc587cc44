// The Duo half on every variant of the simulated Duo Admin Panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUO_APP, DUO_SIGNIN_HOST } from '../consoles/fixtures';
import { launch, type Session } from './lib/browser';
import { walkDuo } from './lib/walk';
import { popupSteps, startOver } from './lib/popup';
import { leaks } from './lib/leaks';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(() => s?.close());

async function fresh(variant: Record<string, unknown>) {
  await s.reset(variant);
  await startOver(s);
}

describe('Duo Admin Panel', () => {
  it.each([
    ['Integration key labels, masked secret, Protect an Application', { duoLabels: 'ikey', secretMasked: true, duoUi: 'classic' }],
    ['Client ID labels, plain secret, Protect an Application', { duoLabels: 'client', secretMasked: false, duoUi: 'classic' }],
    ['Client ID labels, masked secret, Application Catalog', { duoLabels: 'client', secretMasked: true, duoUi: 'catalog' }],
  ] as const)('walks to the keys and reads them: %s', async (_name, variant) => {
    await fresh(variant);
    const page = await s.open(`https://${DUO_SIGNIN_HOST}/`);
    await walkDuo(page, { masked: variant.secretMasked, ui: variant.duoUi });
    const steps = await popupSteps(s);
    expect(steps.filter((x) => x.group === 'duo').map((x) => x.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
    expect(await leaks(s, [page], DUO_APP.skey)).toEqual([]);
    await page.close();
  });
});
