// Which Okta flows apply, best first, and why: from the org's engine and whether Duo is Federal.
// Facts: ../shared/reference/duo-okta-consoles.md §0 and §3.6.
import type { FlowId } from '../guides/types';
import type { Engine } from './progress';

export interface FlowAdvice {
  flow: FlowId;
  recommended: boolean;
  /** False when the flow cannot work for this org or Duo plan. */
  applies: boolean;
  why: string;
}

const CLASSIC_FEATURES = 'TOP_WINDOW_REAUTH_FROM_ENDUSER_SETTINGS, STATE_TOKEN_ALL_FLOWS, CLAIMS_AS_FACTOR and GENERIC_OIDC_IDP';

export function adviseFlows(engine: Engine | undefined, federal: boolean): FlowAdvice[] {
  const up = (recommended: boolean, applies: boolean, why: string): FlowAdvice => ({ flow: 'okta-universal-prompt', recommended, applies, why });
  const oie = (recommended: boolean, applies: boolean, why: string): FlowAdvice => ({ flow: 'okta-oie', recommended, applies, why });
  const classic = (recommended: boolean, applies: boolean, why: string): FlowAdvice => ({ flow: 'okta-classic', recommended, applies, why });
  const federalNo = 'Duo Federal does not support the OIDC IdP factor: use the Duo Security factor or authenticator.';
  if (engine === 'identity') {
    return federal
      ? [oie(true, true, `Recommended: ${federalNo}`), up(false, false, federalNo), classic(false, false, 'This org runs Identity Engine; the Classic factor page does not exist there.')]
      : [
          up(true, true, 'Recommended: Duo’s supported path (Universal Prompt); Identity Engine orgs already have the features it needs.'),
          oie(false, true, 'Possible: Duo traditional prompt, which Duo stopped supporting on 2024-03-30.'),
          classic(false, false, 'This org runs Identity Engine; the Classic factor page does not exist there.'),
        ];
  }
  if (engine === 'classic') {
    return [
      classic(true, true, `Recommended for this Classic Engine org${federal ? ', and the one Duo Federal supports' : ''}: the Duo Security factor (traditional prompt).`),
      up(false, !federal, federal ? federalNo : `Only after Okta Support enables ${CLASSIC_FEATURES}; without them “OpenID Connect IdP” is missing.`),
      oie(false, false, 'Needs an Identity Engine org; this one runs Classic Engine.'),
    ];
  }
  const unknown = 'Open the Okta admin console so the guide can tell which engine the org runs.';
  return [
    up(!federal, !federal, federal ? federalNo : `Duo’s supported path for most orgs. ${unknown}`),
    oie(federal, true, `Identity Engine orgs (every org created since March 2022). ${unknown}`),
    classic(false, true, `Classic Engine orgs. ${unknown}`),
  ];
}

export function recommendedFlow(engine: Engine | undefined, federal: boolean): FlowId {
  return adviseFlows(engine, federal).find((a) => a.recommended)?.flow ?? 'okta-classic';
}

export const isFederal = (duoAccount: string | null): boolean => !!duoAccount && duoAccount.endsWith('.duofederal.com');
