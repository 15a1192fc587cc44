// The parts of the guide a page loads only on the steps that need them (./parts/): the background
// injects one into this page's content-script world on the guide's request (only it may, and only
// on the console side the part is for), after which the guide calls it directly. Every page's
// guide stays small; reading keys and filling forms come with their steps.
import type { Part } from '../background/guide-where';
import type { ContentMessage } from '../messages';
import type { captureSession } from './capture-session';
import type { diagnose } from './diagnostics';
import type { fillSession } from './fill-session';
import type { learnFrom } from '../engine/learn';

export interface Parts {
  help: { diagnose: typeof diagnose; learnFrom: typeof learnFrom };
  capture: typeof captureSession;
  fill: typeof fillSession;
}

/** A global of the extension's world in this page, which the page cannot see. */
const world = globalThis as { duoOktaParts?: Partial<Parts> };

/** Called by a part's own file once injected. */
export function offer<P extends Part>(part: P, what: Parts[P]): void {
  (world.duoOktaParts ??= {})[part] = what;
}

/** The part if it is here, without asking for it. */
export const loaded = <P extends Part>(part: P): Parts[P] | undefined => world.duoOktaParts?.[part];

/** The part, injected first if it is not here yet; null if the background would not. */
export async function need<P extends Part>(part: P, send: (msg: ContentMessage) => Promise<unknown>): Promise<Parts[P] | null> {
  if (!loaded(part)) await send({ type: 'part', part });
  return loaded(part) ?? null;
}
