import type { Billing, BillingSettings, BillingTotal } from './billing';
import { currencyText, hundredths, rateText, roundingText } from './billingText';
import { csvRow, spreadsheetSafe } from './csvCells';

/*
 * The billing table as CSV, written as the activities table is (CRLF, quoted where needed, formula-like names
 * defused): a row per project (or ticket) per day, then a total per project and the grand total. The hours heading
 * says how each row was rounded; the rate and amount headings carry the currency.
 */

export function billingCsv(billing: Billing, settings: BillingSettings): string {
  const currency = currencyText(settings);
  let text = csvRow([
    'Date',
    'Project',
    'Ticket',
    'Minutes',
    `Hours (each row ${roundingText(settings)})`,
    `Rate${currency}`,
    `Amount${currency}`,
  ]);
  for (const row of billing.rows) {
    text += csvRow([
      row.date,
      spreadsheetSafe(row.project),
      spreadsheetSafe(row.ticket),
      String(row.minutes),
      hundredths(row.hours),
      row.rate === undefined ? '' : rateText(row.rate),
      row.amount === undefined ? '' : hundredths(row.amount),
    ]);
  }
  for (const total of billing.projects) text += totalRow('Total', total);
  return text + totalRow('Grand total', billing.total);
}

function totalRow(label: string, total: BillingTotal): string {
  return csvRow([
    label,
    spreadsheetSafe(total.project ?? ''),
    '',
    String(total.minutes),
    hundredths(total.hours),
    '',
    total.amount === undefined ? '' : hundredths(total.amount),
  ]);
}
