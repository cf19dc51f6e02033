// The content admin's change form asks before it is left with unsaved changes (referendum/core/admin_safety.py
// refuses a stale save on the server; this only spares an editor the lost typing). The browser writes the
// question itself, in its own language: browsers ignore a page's own text for it.
(function () {
  "use strict";
  var form = document.querySelector("#content-main form");
  if (!form) {
    return;
  }
  var changed = false;
  function markChanged(event) {
    if (event.target && event.target.form === form) {
      changed = true;
    }
  }
  form.addEventListener("input", markChanged);
  form.addEventListener("change", markChanged);
  // The rich-text editor writes into its hidden textarea without input events from the form.
  form.addEventListener("keydown", function (event) {
    if (event.target && event.target.closest && event.target.closest(".ProseMirror")) {
      changed = true;
    }
  });
  form.addEventListener("submit", function () {
    changed = false;
  });
  window.addEventListener("beforeunload", function (event) {
    if (changed) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
