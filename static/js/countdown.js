// Keeps the server-rendered countdown ticking: it counts down from the seconds the server wrote into the page
// (data-seconds), measured from page load, so a phone whose clock is wrong does not change it. A copy of the
// page served from a cache is behind by the copy's age: the app's own cache keeps the home page for at most a
// minute while the countdown shows (COUNTDOWN_CACHE_SECONDS in referendum/vote/views.py); a cache in front may
// serve it up to STALE_WHILE_REVALIDATE_SECONDS (30) longer, and for as long as STALE_IF_ERROR_SECONDS while the
// app is down. Without this script the page still reads right, as of when it was rendered.
(function () {
  "use strict";
  var root = document.querySelector("[data-countdown]");
  if (!root || !window.django) {
    return;
  }
  var total = parseInt(root.getAttribute("data-seconds"), 10);
  if (!(total > 0)) {
    return;
  }
  var loadedAt = Date.now();
  var units = [
    ["days", 86400, function (n) { return django.npgettext("countdown unit", "day", "days", n); }],
    ["hours", 3600, function (n) { return django.npgettext("countdown unit", "hour", "hours", n); }],
    ["minutes", 60, function (n) { return django.npgettext("countdown unit", "minute", "minutes", n); }],
    ["seconds", 1, function (n) { return django.npgettext("countdown unit", "second", "seconds", n); }]
  ];
  var timer;

  function render() {
    var left = Math.max(0, total - Math.floor((Date.now() - loadedAt) / 1000));
    var rest = left;
    units.forEach(function (unit) {
      var value = Math.floor(rest / unit[1]);
      rest -= value * unit[1];
      root.querySelector('[data-unit="' + unit[0] + '"]').textContent = String(value);
      root.querySelector('[data-label="' + unit[0] + '"]').textContent = unit[2](value);
    });
    if (left === 0) {
      window.clearInterval(timer);
      // The polls have opened: ask the server for the new state.
      window.setTimeout(function () { window.location.reload(); }, 1500);
    }
  }

  timer = window.setInterval(render, 1000);
  render();
})();
