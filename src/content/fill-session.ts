// Filling Okta's form on the admin's click: ask the background for the keys (it decides whether this
// org may have them), plan every field first, ask before replacing what differs, then write. The
// values live only in this closure, and only until they are written.
import { locate } from '../engine/locate';
import type { State } from '../engine/progress';
import type { Step } from '../guides/types';
import { list, t } from '../i18n';
import type { ContentMessage, FillReply } from '../messages';
import type { ConsoleId } from '../engine/hosts';
import { applyFill, planFill, type Planned } from './fill';
import { fieldsOutOfSight } from './sight';
import { fillView } from './fill-view';
import type { CalloutView } from './views';

export interface SessionContext {
  here: ConsoleId;
  state(): State;
  send(msg: ContentMessage): Promise<unknown>;
  say(step: Step, text: string, error?: boolean): void;
  tick(): void;
  owns(node: EventTarget | null): boolean;
  targetOf(step: Step): Element | null;
}

export function fillSession(ctx: SessionContext) {
  /** Fill values waiting for the admin's answer about fields that differ. */
  let pending: { step: string; plan: Planned[] } | null = null;
  let busy = false;

  async function request(step: Step): Promise<void> {
    const form = ctx.targetOf(step);
    if (busy || !form || window.top !== window) return;
    // The fields the keys go into must show and be uncovered before the keys are even asked for.
    const keyFields = step.fill!.fields.filter((f) => f.source === 'ikey' || f.source === 'skey' || f.source === 'host');
    const hidden = keyFields.filter((f) => {
      const el = locate(form, f.field);
      // A missing field is told below: a form lacking one is not filled at all.
      return !!el && fieldsOutOfSight([el], ctx.owns).length > 0;
    });
    if (hidden.length) return ctx.say(step, t(['refuse_fields_unseen', list(hidden.map((f) => f.name))]), true);
    busy = true;
    ctx.tick();
    try {
      const reply = (await ctx.send({ type: 'fill', step: step.id })) as FillReply | undefined;
      if (!reply) return;
      if (!reply.ok) return ctx.say(step, reply.message, true);
      // Only into the step's own form, and the secret only into a password field.
      const planned = planFill(form, step.fill!, reply.values);
      reply.values.skey = '';
      if (!planned.ok) return ctx.say(step, t(['fill_lacks', list(planned.missing)]), true);
      pending = { step: step.id, plan: planned.plan };
      if (planned.plan.some((p) => p.conflict)) return;
      await finish(step, true);
    } finally {
      busy = false;
      ctx.tick();
    }
  }

  async function finish(step: Step, replace: boolean): Promise<void> {
    const plan = pending?.step === step.id ? pending.plan : null;
    pending = null;
    if (!plan || plan.some((p) => !p.field.isConnected)) return;
    const refused = await applyFill(replace ? plan : plan.filter((p) => !p.conflict));
    if (refused.length) return ctx.say(step, t(['fill_refused', list(refused)]), true);
    void ctx.send({ type: 'mark', step: step.id, how: 'done' });
    ctx.say(step, t(replace ? 'fill_done' : 'fill_done_kept'));
  }

  return {
    request,
    finish,
    /** The fill step's callout; planned values are dropped once the step or the form is gone. */
    view(view: CalloutView, step: Step): CalloutView {
      if (pending && (pending.step !== step.id || pending.plan.some((p) => !p.field.isConnected))) pending = null;
      const status = pending ? { kind: 'differs' as const, fields: pending.plan.filter((p) => p.conflict).map((p) => p.name) } : { kind: 'ready' as const, busy };
      return fillView(view, ctx.state(), ctx.here, step, status);
    },
  };
}
