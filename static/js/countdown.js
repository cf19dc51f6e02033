// Keeps the server-rendered countdown ticking. Time is measured from page load, not the device clock,
// so a phone whose clock is wrong still counts correctly. Without this script the page still reads right.
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
