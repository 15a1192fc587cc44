import { oktaClassic } from './okta-classic';
import { oktaOie } from './okta-oie';
import { oktaUniversalPrompt } from './okta-universal-prompt';
import type { Flow, FlowId, Step } from './types';

export const FLOWS: Record<FlowId, Flow> = {
  'okta-classic': oktaClassic,
  'okta-oie': oktaOie,
  'okta-universal-prompt': oktaUniversalPrompt,
};

export function flowOf(id: FlowId): Flow {
  return FLOWS[id];
}

export function findStep(flow: Flow, id: string): Step | undefined {
  return flow.steps.find((s) => s.id === id);
}

export type { Flow, FlowId, Step } from './types';
