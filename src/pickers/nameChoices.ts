/** One row of the activity name picker: a recent name, or the typed text offered as a new name. */
export interface NameChoice {
  readonly label: string;
  readonly name: string;
  readonly description?: string;
  /** Shown whatever the filter: only the new activity row. */
  readonly alwaysShow?: boolean;
}

/** The label of the row that offers the typed text as a new name. */
export const NEW_ACTIVITY_LABEL = '$(add) New activity:';

/**
 * The picker's rows for the text typed so far: the recent names, then the typed text as a new activity unless it is
 * a recent name already. VS Code's quick pick keeps the rows whose label matches the typed text and sorts them by
 * how well their label matches, the best one active: were the typed text the new row's label, it would match itself
 * best and Enter would log `acm` where `acme: review` was meant. So the new row's label is fixed text that matches
 * nothing, the typed text is its description (not matched: `matchOnDescription` stays off), and it always shows,
 * after every match; Enter picks it only when no recent name matches.
 */
export function nameChoices(recent: readonly string[], typed: string): NameChoice[] {
  const names: NameChoice[] = recent.map((name) => ({ label: name, name }));
  if (typed.trim() === '' || recent.includes(typed)) return names;
  return [...names, { label: NEW_ACTIVITY_LABEL, description: typed, name: typed, alwaysShow: true }];
}
