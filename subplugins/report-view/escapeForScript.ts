/**
 * JSON inside a script element ends at the first `</script` and may open a comment with `<!--`: with every `<`
 * written as `\u003c` (the same string to JSON.parse), a timesheet's text cannot close the element or add markup.
 */
export function escapeForScript(json: string): string {
  return json.replace(/</g, '\\u003c');
}
