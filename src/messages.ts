// Every message that crosses a context boundary, as zod schemas. The background parses each one
// and checks its sender before acting; anything that fails (unknown fields too) is dropped.
import { z } from 'zod/mini';
import type { Credentials } from './engine/credentials';
import { FLOW_IDS } from './guides/types';
import { LEARNABLE_ROLES } from './engine/learn';
import { PARTS } from './background/guide-where';

z.config({ jitless: true });

const stepId = z.string().check(z.regex(/^[a-z]+(\.[a-z-]+)+$/), z.maxLength(64));
const idList = z.array(stepId).check(z.maxLength(64));

/** Content script → background. */
export const PageSeen = z.strictObject({ type: z.literal('seen'), at: idList, done: idList });
export const EngineSeen = z.strictObject({ type: z.literal('engine'), pipeline: z.enum(['v1', 'idx']) });
export const Capture = z.strictObject({
  type: z.literal('capture'),
  // Raw values as read; validated in the background before anything is stored.
  ikey: z.string().check(z.maxLength(200)),
  skey: z.string().check(z.maxLength(200)),
  host: z.string().check(z.maxLength(200)),
  labels: z.enum(['ikey', 'client']),
  /** The admin confirmed, in the callout, that these keys replace those held from another
   *  account or application. */
  replace: z.optional(z.literal(true)),
});
export const FillRequest = z.strictObject({ type: z.literal('fill'), step: stepId });
/** A control the admin showed the guide: role + name or a label, and the landmark; no values. */
const learnedName = z.string().check(z.minLength(1), z.maxLength(100));
const landmark = z.optional(z.enum(['main', 'navigation']));
export const Learned = z.union([
  z.strictObject({ role: z.enum(LEARNABLE_ROLES), name: learnedName, scope: landmark }),
  z.strictObject({ label: learnedName, scope: landmark }),
]);
export const Learn = z.strictObject({ type: z.literal('learn'), step: stepId, learned: Learned });
/** The content script asks for one of its parts to be injected (src/content/need-part.ts). */
export const PartRequest = z.strictObject({ type: z.literal('part'), part: z.enum(PARTS) });
/** From the content script or the popup. */
export const Mark = z.strictObject({ type: z.literal('mark'), step: stepId, how: z.enum(['done', 'skip', 'back']) });
/** Popup → background. */
export const ChooseFlow = z.strictObject({ type: z.literal('flow'), flow: z.enum(FLOW_IDS) });
export const Forget = z.strictObject({ type: z.literal('forget') });
export const Reset = z.strictObject({ type: z.literal('reset') });
/** Pause (from the callout or the popup) or resume (the popup) the guide on every page. */
export const Pause = z.strictObject({ type: z.literal('pause'), paused: z.boolean() });
/** The popup's "Set up another Okta org". */
export const NewSetup = z.strictObject({ type: z.literal('new-setup') });
/** The admin chose, in the popup, the Okta org the keys go to (an org's end-user host). */
export const Bind = z.strictObject({ type: z.literal('bind'), org: z.string().check(z.maxLength(253), z.regex(/^[a-z0-9.-]+$/)) });
/** The admin's idle time before the secret is forgotten, in minutes. */
export const IDLE_MINUTES = { default: 30, min: 1, max: 480 } as const;
export const Settings = z.strictObject({ type: z.literal('settings'), idleMinutes: z.int().check(z.gte(IDLE_MINUTES.min), z.lte(IDLE_MINUTES.max)) });

export const ContentMessage = z.discriminatedUnion('type', [PageSeen, EngineSeen, Capture, FillRequest, Mark, Learn, Pause, PartRequest]);
export const DismissNotice = z.strictObject({ type: z.literal('dismiss-notice') });
export const ForgetLearned = z.strictObject({ type: z.literal('forget-learned') });
export const PopupMessage = z.discriminatedUnion('type', [Mark, ChooseFlow, Forget, Reset, Settings, DismissNotice, Bind, ForgetLearned, Pause, NewSetup]);

export type ContentMessage = z.infer<typeof ContentMessage>;
export type PopupMessage = z.infer<typeof PopupMessage>;

/** Background → content script answers. */
export type CaptureReply =
  | { ok: true }
  | { ok: false; messages: string[] }
  /** Keys of another account or application are held: the question to ask, naming both. */
  | { ok: false; confirm: string };
export type FillReply = { ok: true; values: Credentials } | { ok: false; message: string };
