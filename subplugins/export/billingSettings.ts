import * as vscode from 'vscode';
import { parseRates, type BillingSettings } from './billing';

const ROUNDING = ['none', '6', '15', '30'] as const;

/**
 * The `timekeeper.billing.*` settings, checked. A rounding, mode, grouping or currency the export cannot use refuses
 * it, naming the setting and what it takes; rates that are not numbers ≥ 0 only leave their amounts empty, with one
 * warning naming them (an invoice without some amounts is still an invoice; one with a wrong amount is not).
 */
export function readBillingSettings(): { readonly settings: BillingSettings; readonly warning?: string } {
  const config = vscode.workspace.getConfiguration('timekeeper.billing');
  const choice = <T extends string>(key: string, allowed: readonly T[]): T => {
    const value = config.get<unknown>(key);
    // settings.json may hold a number where the Settings editor writes a string: 15 is '15'.
    if ((allowed as readonly unknown[]).includes(String(value))) return String(value) as T;
    throw new Error(
      vscode.l10n.t(
        'The setting timekeeper.billing.{0} cannot be {1}: use one of {2}.',
        key,
        JSON.stringify(value),
        allowed.join(', '),
      ),
    );
  };
  const rounding = choice('rounding', ROUNDING);
  const mode = choice('roundingMode', ['up', 'nearest']);
  const groupBy = choice('groupBy', ['project', 'ticket']);
  const currency = config.get<unknown>('currency') ?? '';
  if (typeof currency !== 'string') {
    throw new Error(
      vscode.l10n.t(
        'The setting timekeeper.billing.currency cannot be {0}: use text such as EUR, or leave it empty.',
        JSON.stringify(currency),
      ),
    );
  }
  const { rates, bad } = parseRates(config.get<unknown>('rates') ?? {});
  const settings = { step: rounding === 'none' ? 0 : Number(rounding), mode, groupBy, rates, currency };
  if (bad.length === 0) return { settings };
  return {
    settings,
    warning: vscode.l10n.t(
      'Timekeeper: the setting timekeeper.billing.rates has rates that are not numbers of 0 or more ({0}); their amounts are left empty. Set each project or ticket to an hourly rate, such as "acme": 80.',
      bad.join(', '),
    ),
  };
}
