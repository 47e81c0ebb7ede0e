import type { ReportModel } from '../../src/api';
import type { Billing, BillingSettings, BillingTotal } from './billing';
import { currencyText, hundredths, rateText, roundingText } from './billingText';
import { markdownTable } from './markdownTable';
import { markdownHeading } from './reportMarkdown';

/*
 * The billing table as Markdown, for an invoice or a mail: what each row is and how it was rounded, a row per
 * project (or ticket) per day, then the totals. Names are escaped like the report's.
 */

export function billingMarkdown(model: ReportModel, billing: Billing, settings: BillingSettings): string {
  const byTicket = settings.groupBy === 'ticket';
  const currency = currencyText(settings);
  const intro = `Each row is one ${byTicket ? 'ticket' : 'project'}'s work on one day, ${roundingText(settings)}.`;
  const heading = `${markdownHeading('Timekeeper billing', model)}\n\n${intro}`;
  if (billing.rows.length === 0) return `${heading}\n\nNo work in this time range.\n`;
  const amount = (value?: number) => (value === undefined ? '' : hundredths(value));
  const total = (label: string, { minutes, hours, amount: sum }: BillingTotal) => [
    label,
    String(minutes),
    hundredths(hours),
    amount(sum),
  ];
  return `${[
    heading,
    markdownTable(
      [
        'Date',
        'Project',
        ...(byTicket ? ['Ticket'] : []),
        'Minutes',
        'Hours',
        `Rate${currency}`,
        `Amount${currency}`,
      ],
      billing.rows.map((row) => [
        row.date,
        row.project || '(no project)',
        ...(byTicket ? [row.ticket] : []),
        String(row.minutes),
        hundredths(row.hours),
        row.rate === undefined ? '' : rateText(row.rate),
        amount(row.amount),
      ]),
    ),
    '## Totals',
    markdownTable(
      ['Project', 'Minutes', 'Hours', `Amount${currency}`],
      [
        ...billing.projects.map((each) => total(each.project || '(no project)', each)),
        total('Grand total', billing.total),
      ],
    ),
  ].join('\n\n')}\n`;
}
