// Runs in <head> before the first paint: applies the theme the reader chose
// with the toggle, so the page never flashes the other one. Without a saved
// choice the stylesheet follows prefers-color-scheme.
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage can be blocked; the system preference then applies.
}
