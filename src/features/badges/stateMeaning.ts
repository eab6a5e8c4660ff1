import type { Side, TcpState, Trace } from '../../engine';
import type { MessageKey } from '../../i18n';
import type { BadgesMessageKey } from '../../i18n/en/badges';

/** The states the counterfactual reaches that TCP's own meaning would misdescribe. */
const COUNTERFACTUAL_MEANING: Partial<Record<TcpState, BadgesMessageKey>> = { ESTABLISHED: 'badges.counterfactual.ESTABLISHED' };

/**
 * Which sentence explains a side's state under its badge: the state's own meaning, except where
 * the run reached it outside TCP. In the two-segment counterfactual (rules `two-way-*`, RFC 9293
 * §3.5) the server is "ESTABLISHED" on a SYN alone: only the client's ISN was acknowledged, the
 * server's never was, so "both ISNs known and confirmed" would be exactly what is false there.
 */
export function stateMeaningKey(trace: Trace, settled: number, side: Side, state: TcpState): MessageKey {
  for (let i = Math.min(settled, trace.steps.length) - 1; i >= 0; i--) {
    const step = trace.steps[i];
    if (!step || step.side !== side || step.from === step.to) continue;
    const counterfactual = step.rule.startsWith('two-way-') ? COUNTERFACTUAL_MEANING[state] : undefined;
    return counterfactual ?? `state.${state}.desc`;
  }
  return `state.${state}.desc`;
}
