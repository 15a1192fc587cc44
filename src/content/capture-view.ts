// The callout on the Duo application's page while its keys are read: pure, unit-tested without a
// browser. Loaded with the capture part (./parts/capture.ts), not with every page's guide.
import { list, t, type MessageKey } from '../i18n';
import type { Reading } from './capture';
import type { CalloutView } from './views';

/** Where the capture stands on the keys' page. */
export type CaptureStatus =
  | { kind: 'reading' }
  /** The page is not the Okta application's own page (a message key). */
  | { kind: 'refused'; why: MessageKey }
  /** The background asks before these keys replace those held from elsewhere. */
  | { kind: 'confirm'; question: string }
  /** Read once and forgotten since: only the admin reads it again. */
  | { kind: 'forgotten' };

export function captureView(view: CalloutView, reading: Reading, status: CaptureStatus, revealDescribe: MessageKey): CalloutView {
  if (reading.kind === 'masked') return { ...view, instruction: t('capture_click_show'), lookedFor: reading.reveal ? undefined : t(revealDescribe) };
  if (reading.kind === 'missing') return { ...view, message: { text: t(['capture_missing', list(reading.what)]), error: true } };
  switch (status.kind) {
    case 'refused':
      return { ...view, message: { text: t(status.why), error: true } };
    case 'confirm':
      return {
        ...view,
        message: { text: status.question, error: true },
        actions: [{ id: 'replace-keys', label: t('action_replace_keys'), primary: true, guarded: true }, { id: 'keep-keys', label: t('action_keep_keys') }, ...view.actions],
      };
    case 'forgotten':
      return {
        ...view,
        message: { text: t('capture_forgotten') },
        actions: [{ id: 'read-again', label: t('action_read_again'), name: t('action_read_again_name'), primary: true }, ...view.actions],
      };
    case 'reading':
      return view;
  }
}
