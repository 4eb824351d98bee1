// The 404 page holds its message in every locale (app/global-not-found.tsx).
// Keeps the one whose locale starts the path and gives the page its language;
// on a path without a known locale every message stays.
(function () {
  var locale = location.pathname.split('/')[1];
  var sections = document.querySelectorAll('[data-locale]');
  var match = Array.prototype.some.call(sections, function (section) {
    return section.dataset.locale === locale;
  });
  if (!match) return;
  sections.forEach(function (section) {
    if (section.dataset.locale === locale) {
      document.documentElement.lang = section.lang;
    } else {
      section.hidden = true;
    }
  });
})();
