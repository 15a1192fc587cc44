// Which Okta flows apply, best first, and why: from the org's engine and whether Duo is Federal.
// Facts: ../shared/reference/duo-okta-consoles.md §0 and §3.6.
import type { FlowId } from '../guides/types';
import type { Msg } from '../i18n';
import type { Engine } from './progress';

export interface FlowAdvice {
  flow: FlowId;
  recommended: boolean;
  /** False when the flow cannot work for this org or Duo plan. */
  applies: boolean;
  why: Msg;
}

export function adviseFlows(engine: Engine | undefined, federal: boolean): FlowAdvice[] {
  const up = (recommended: boolean, applies: boolean, why: Msg): FlowAdvice => ({ flow: 'okta-universal-prompt', recommended, applies, why });
  const oie = (recommended: boolean, applies: boolean, why: Msg): FlowAdvice => ({ flow: 'okta-oie', recommended, applies, why });
  const classic = (recommended: boolean, applies: boolean, why: Msg): FlowAdvice => ({ flow: 'okta-classic', recommended, applies, why });
  if (engine === 'identity') {
    return federal
      ? [oie(true, true, 'advice_oie_federal'), up(false, false, 'advice_federal_no'), classic(false, false, 'advice_not_classic')]
      : [
          up(true, true, 'advice_up_oie'),
          oie(false, true, 'advice_oie_possible'),
          classic(false, false, 'advice_not_classic'),
        ];
  }
  if (engine === 'classic') {
    return [
      classic(true, true, federal ? 'advice_classic_federal' : 'advice_classic'),
      up(false, !federal, federal ? 'advice_federal_no' : 'advice_up_classic'),
      oie(false, false, 'advice_not_oie'),
    ];
  }
  return [
    up(!federal, !federal, federal ? 'advice_federal_no' : 'advice_up_unknown'),
    oie(federal, true, 'advice_oie_unknown'),
    classic(false, true, 'advice_classic_unknown'),
  ];
}

export function recommendedFlow(engine: Engine | undefined, federal: boolean): FlowId {
  return adviseFlows(engine, federal).find((a) => a.recommended)?.flow ?? 'okta-classic';
}

export const isFederal = (duoAccount: string | null): boolean => !!duoAccount && duoAccount.endsWith('.duofederal.com');
