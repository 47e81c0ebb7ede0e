import type { BillingSettings } from './billing';

/*
 * How billing exports print their numbers: a decimal point and two places, whatever the display language, so that
 * spreadsheets and invoices read them alike.
 */

/** Hundredths (of an hour, of the currency) as `1.50`. */
export function hundredths(value: number): string {
  return (value / 100).toFixed(2);
}

/** A rate as set: at least two places (`80.00`), more when the setting has them (`80.125`). */
export function rateText(rate: number): string {
  const text = String(rate);
  return (text.split('.')[1] ?? '').length > 2 ? text : rate.toFixed(2);
}

/** How each row was rounded: `rounded up to 15 min`, `rounded to the nearest 6 min`, `exact minutes`. */
export function roundingText({ step, mode }: BillingSettings): string {
  if (step === 0) return 'exact minutes';
  return `rounded ${mode === 'up' ? 'up to' : 'to the nearest'} ${step} min`;
}

/** ` (EUR)` after the rate and amount headings, when a currency is set. */
export function currencyText({ currency }: BillingSettings): string {
  return currency === '' ? '' : ` (${currency})`;
}
