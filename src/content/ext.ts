// The two extension APIs the content script uses, without shipping webextension-polyfill into
// every console page: Chrome and Firefox both give promise-based `runtime` and `storage` in MV3.
// Firefox's own `browser` namespace comes first. (Background and popup use the polyfill.)
import type { Browser } from 'webextension-polyfill';

type Ext = Pick<Browser, 'runtime' | 'storage'>;

export function pickExt(scope: { browser?: Ext; chrome?: Ext }): Ext {
  const ext = scope.browser ?? scope.chrome;
  if (!ext?.runtime) throw new Error('no extension API in this context');
  return ext;
}

export const ext: Ext = pickExt(globalThis as unknown as { browser?: Ext; chrome?: Ext });
