// The two extension APIs the content script uses, without shipping webextension-polyfill into
// every console page: Chrome and Firefox both give promise-based `runtime` and `storage` in MV3.
// (Background and popup use the polyfill.)
import type { Browser } from 'webextension-polyfill';

type Ext = Pick<Browser, 'runtime' | 'storage'>;
const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };

export const ext: Ext = (g.browser ?? g.chrome)!;
