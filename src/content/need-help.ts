// Loading ./help.ts into this page's content-script world when it is first needed: the background
// injects it (only it may), after which the guide calls it directly.
import type { ContentMessage } from '../messages';
import type { Help } from './help';

const loaded = () => (globalThis as { duoOktaHelp?: Help }).duoOktaHelp;

export async function needHelp(send: (msg: ContentMessage) => Promise<unknown>): Promise<Help | null> {
  if (!loaded()) await send({ type: 'help' });
  return loaded() ?? null;
}
