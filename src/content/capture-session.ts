// Reading the Duo keys on the Okta application's page: read them by shape (./capture.ts), send a
// new reading once, and hold the background's question when the keys would replace others.
import { captureRefusal } from '../engine/provenance';
import type { Step } from '../guides/types';
import { t } from '../i18n';
import type { CaptureReply } from '../messages';
import { readKeys, type Reading } from './capture';
import type { SessionContext } from './fill-session';
import { captureView, type CaptureStatus } from './capture-view';
import type { CalloutView } from './views';

type Read = Extract<Reading, { kind: 'read' }>;

export function captureSession(ctx: SessionContext) {
  /** A fingerprint of the keys last sent from this page, so one reading is sent once. */
  let tried = '';
  let confirming: { step: string; question: string; reading: Read } | null = null;

  function send(step: Step, reading: Read, replace = false): void {
    const { ikey, skey, host } = reading.values;
    void (ctx.send({ type: 'capture', ikey, skey, host, labels: reading.labels, ...(replace && { replace: true as const }) }) as Promise<CaptureReply | undefined>).then((reply) => {
      if (!reply || reply.ok) return void ((confirming = null), ctx.tick());
      if ('confirm' in reply) {
        confirming = { step: step.id, question: reply.confirm, reading };
        return ctx.tick();
      }
      ctx.say(step, t(['capture_refused', reply.messages.join(' ')]), true);
    });
  }

  return {
    /** Leaving the keys' page and coming back (or reloading) reads them afresh; staying does not. */
    left(): void {
      tried = '';
    },
    readAgain(): void {
      tried = '';
      ctx.tick();
    },
    replace(step: Step): void {
      if (confirming) send(step, confirming.reading, true);
    },
    keep(step: Step): void {
      confirming = null;
      ctx.say(step, t('capture_kept'));
    },
    view(view: CalloutView, step: Step): { view: CalloutView; target: Element | null } {
      const reading = readKeys(document, step.capture!);
      const heading = ctx.targetOf(step);
      const describe = step.capture!.reveal.describe;
      if (reading.kind !== 'read') return { view: captureView(view, reading, { kind: 'reading' }, describe), target: reading.kind === 'masked' ? reading.reveal : heading };
      // Only the Okta application's own page: not a dashboard with keys put into it, not an Admin
      // API application however it is named, not a page whose address names another integration key.
      const refusal = captureRefusal(location.pathname, document);
      if (refusal) return { view: captureView(view, reading, { kind: 'refused', why: refusal }, describe), target: heading };
      const now = fingerprint(`${reading.values.ikey}\n${reading.values.skey}\n${reading.values.host}`);
      const captured = ctx.state().captured;
      let status: CaptureStatus = { kind: 'reading' };
      if (confirming?.step === step.id && now === tried) status = { kind: 'confirm', question: confirming.question };
      else if (now === tried && captured && !captured.secret) status = { kind: 'forgotten' };
      else if (now !== tried) {
        tried = now;
        confirming = null;
        send(step, reading);
      }
      return { view: captureView(view, reading, status, describe), target: heading };
    },
  };
}

/** A short non-reversible fingerprint, to avoid re-sending the same reading. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
