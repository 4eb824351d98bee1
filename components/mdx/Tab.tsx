/**
 * One tab of <Tabs>, which reads its label and content and renders them
 * itself; on its own a <Tab> is a mistake (the compile-time check says so).
 */
export default function Tab(): never {
  throw new Error('<Tab> must stand directly inside <Tabs>');
}
