import { oktaClassic } from './okta-classic';
import type { Flow, FlowId, Step } from './types';

export const FLOWS: Partial<Record<FlowId, Flow>> = {
  'okta-classic': oktaClassic,
};

export const DEFAULT_FLOW: FlowId = 'okta-classic';

export function flowOf(id: FlowId): Flow {
  return FLOWS[id] ?? oktaClassic;
}

export function findStep(flow: Flow, id: string): Step | undefined {
  return flow.steps.find((s) => s.id === id);
}

export type { Flow, FlowId, Step } from './types';
