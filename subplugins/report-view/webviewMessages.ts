import type {
  ExplainRequest,
  ExportDestination,
  ExportFormat,
  FromWebview,
  RangeArgs,
  RenderedCounts,
  RenderTiming,
  ReportQuery,
} from './protocol';

/*
 * The webview is ours, but what crosses a process boundary is checked before it is acted on: a message that is not
 * one of FromWebview is dropped.
 */

const FORMATS: readonly ExportFormat[] = ['csv', 'json', 'markdown'];
const DESTINATIONS: readonly ExportDestination[] = ['file', 'clipboard'];
/** The arguments that choose a report's days, as the command and the webview both name them. */
export const RANGE_KEYS: readonly (keyof RangeArgs)[] = ['date', 'from', 'to', 'week', 'month'];

export function parseFromWebview(raw: unknown): FromWebview | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.type) {
    case 'ready':
      if (raw.version === undefined) return { type: 'ready' };
      return Number.isInteger(raw.version) ? { type: 'ready', version: raw.version as number } : undefined;
    case 'query': {
      const query = parseQuery(raw.query);
      return query && { type: 'query', query };
    }
    case 'reveal':
      return Number.isInteger(raw.line) && (raw.line as number) > 0
        ? { type: 'reveal', line: raw.line as number }
        : undefined;
    case 'explain': {
      const query = parseExplainRequest(raw.query);
      return Number.isInteger(raw.request) && query
        ? { type: 'explain', request: raw.request as number, query }
        : undefined;
    }
    case 'export':
      return FORMATS.includes(raw.format as ExportFormat) &&
        DESTINATIONS.includes(raw.destination as ExportDestination)
        ? {
            type: 'export',
            format: raw.format as ExportFormat,
            destination: raw.destination as ExportDestination,
          }
        : undefined;
    case 'rendered': {
      const counts = parseCounts(raw.counts);
      const timing = parseTiming(raw.timing);
      return Number.isInteger(raw.version) && counts && timing
        ? { type: 'rendered', version: raw.version as number, counts, timing }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** A query as the webview and the serializer's saved state carry it. */
export function parseQuery(raw: unknown): ReportQuery | undefined {
  if (!isRecord(raw) || !isRecord(raw.range)) return undefined;
  const range: Record<string, string> = {};
  for (const key of RANGE_KEYS) {
    const value = raw.range[key];
    if (typeof value === 'string') range[key] = value;
    else if (value !== undefined) return undefined;
  }
  if (raw.project !== undefined && typeof raw.project !== 'string') return undefined;
  return raw.project === undefined ? { range } : { range, project: raw.project };
}

/** One total to explain: a range and exactly one of a non-empty activity name or a project ('' = no project). */
function parseExplainRequest(raw: unknown): ExplainRequest | undefined {
  if (!isRecord(raw)) return undefined;
  const range = parseQuery({ range: raw.range })?.range;
  if (!range) return undefined;
  const { name, project } = raw;
  if (typeof name === 'string' && name !== '' && project === undefined) return { range, name };
  if (typeof project === 'string' && name === undefined) return { range, project };
  return undefined;
}

function parseCounts(raw: unknown): RenderedCounts | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.cards) || !raw.cards.every((card) => typeof card === 'string')) {
    return undefined;
  }
  const { bars, projects, tableRows, days } = raw;
  const counts = [bars, projects, tableRows, days];
  return counts.every(Number.isInteger)
    ? ({ cards: raw.cards, bars, projects, tableRows, days } as RenderedCounts)
    : undefined;
}

function parseTiming(raw: unknown): RenderTiming | undefined {
  if (!isRecord(raw)) return undefined;
  const { scriptStarted, dataArrived, drawn } = raw;
  const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
  if (!isTime(dataArrived) || !isTime(drawn)) return undefined;
  if (scriptStarted === undefined) return { dataArrived, drawn };
  return isTime(scriptStarted) ? { scriptStarted, dataArrived, drawn } : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
