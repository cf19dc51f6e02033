// Django's admin writes "Note: Enter times in the … timezone" under every date and time field when the browser's
// clock is not on Kazakhstan time: twenty times on the referendum form, and under date-only fields, which a time
// zone does not change. Here it is written once per form, under the first field that has a time.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // The zone by the name the catalogue gives it ("Алматы (UTC+5)"), not the database's "Asia/Almaty".
    var zone = document.body.dataset.adminServerTimezone;
    if (zone && window.gettext) {
      document.body.dataset.adminServerTimezone = window.gettext(zone);
    }
    var shortcuts = window.DateTimeShortcuts;
    if (!shortcuts || !shortcuts.addTimezoneWarning) {
      return;
    }
    var original = shortcuts.addTimezoneWarning;
    var noted = false;
    shortcuts.addTimezoneWarning = function (input) {
      if (noted || !input.classList.contains("vTimeField")) {
        return;
      }
      noted = true;
      original.call(shortcuts, input);
    };
  });
})();
