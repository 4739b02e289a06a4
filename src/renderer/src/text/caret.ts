/**
 * Where the caret belongs after a field's whole text was replaced from outside (undo, redo, a
 * year suggestion accepted): at the end of the part that changed, as in Word — not at the end of
 * the field, where the browser leaves it.
 */
export function caretAfterReplace(before: string, after: string): number {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  return after.length - suffix;
}
