// The vocabulary guides are written in. A guide is data: adding a flow adds a file, not engine code.
import type { ConsoleKind } from '../engine/hosts';
import type { CredentialKey } from '../engine/credentials';
import type { Locator, Text } from '../engine/locate';
import type { MessageKey, Msg } from '../i18n';

export const FLOW_IDS = ['okta-classic', 'okta-oie', 'okta-universal-prompt'] as const;
export type FlowId = (typeof FLOW_IDS)[number];

/** Something the page shows. Evaluated by the content script against the live DOM. */
export type Cond =
  | { all: Cond[] }
  | { any: Cond[] }
  | { not: Cond }
  | { console: ConsoleKind }
  /** location.pathname + location.hash */
  | { path: RegExp }
  | { find: Locator }
  /** A control's current value (for a select, its value or the chosen option's text). */
  | { value: Locator; matches: RegExp }
  /** A checkbox/radio is checked, a tab or option selected. */
  | { checked: Locator }
  /** The page shows a saved integration key as text: the captured one when known, else any. */
  | { savedKey: true }
  /** The page shows this value beside a label (a <dt>/<dd>, a row header, a labelled field). */
  | { beside: Text; matches: RegExp };

export type StepKind =
  /** The admin finds their way (clicks, filters): implied by reaching any later step's page. */
  | 'nav'
  /** The admin sets something up: done only by its own evidence, a later step that proves it, or a mark. */
  | 'input'
  /** Reads the Duo keys off the page; done while the secret is held (or once filled). */
  | 'capture'
  /** Fills Okta's form on one click; only its own click or a later step's evidence proves it. */
  | 'fill';

export interface CaptureSpec {
  /** Label texts tried for each value: Duo's "Integration key" set and the Universal Prompt "Client ID" set. */
  labels: Record<CredentialKey, Text[]>;
  /** The control that reveals a masked secret. */
  reveal: Locator;
}

/** A captured credential, a value derived from the API hostname (src/engine/oidc.ts), or a fixed value. */
export type FillSource = CredentialKey | 'issuer' | 'authorize' | 'token' | 'jwks' | { literal: string };

export interface FillSpec {
  /** Each form field and what goes into it. */
  /** `replacesDefault`: the page pre-fills this field with a default the guide replaces without asking. */
  fields: { source: FillSource; field: Locator; name: MessageKey; replacesDefault?: boolean }[];
  /** Paths (pathname) where this form may be filled; the background checks the sender's URL. */
  paths: RegExp;
}

/** A warning the callout shows on a step where it matters, with what to do. */
export interface Warning {
  text: MessageKey;
  /** Shown only when the page shows this (else always on the step). */
  when?: Cond;
  /** Shown only when the Duo account or API hostname is Duo Federal's. */
  federal?: true;
  /** Text the callout offers to copy (for a ticket to Okta Support). */
  copy?: MessageKey;
}

export interface Step {
  id: string;
  console: ConsoleKind;
  /** 'test' is the Verify group: checks after the configuration, judged only from the page. */
  group: 'duo' | 'okta' | 'test';
  kind: StepKind;
  title: Msg;
  /** One line for the callout. */
  instruction: Msg;
  /** Longer explanation (options and what they mean). */
  help?: Msg;
  target?: Locator;
  /** The page this step is done from; seeing it implies the navigation before it. */
  at?: Cond;
  /** Evidence the step is complete; seeing it also implies the navigation before it. */
  done?: Cond;
  /** Earlier steps this step's evidence proves too (a saved form proves it was filled). */
  proves?: string[];
  /** A trusted event on the target that completes the step when nothing on the page would show it. */
  advanceOn?: 'click' | 'change';
  capture?: CaptureSpec;
  fill?: FillSpec;
  /** A verified path where the step is done, for "open at the right page" links. */
  href?: string;
  optional?: boolean;
  /** Keeps an admin out of the Duo requirement: skipped only by the "I have a break-glass account" mark. */
  breakGlass?: true;
  /** The username check: the target shows the format or mapping chosen; the callout says whether
   *  the admin's own username (as the page's header shows it) has the shape it produces. */
  username?: true;
  warn?: Warning[];
}

export interface Flow {
  id: FlowId;
  title: MessageKey;
  summary: MessageKey;
  steps: Step[];
}
