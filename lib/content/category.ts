/** A category's name from the locale's `Category` messages, or the name as written. */
export function categoryLabel(names: Record<string, string>, category: string): string {
  return Object.hasOwn(names, category) ? names[category] : category;
}
