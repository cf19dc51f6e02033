/* Kazakh for Select2 4.0.13 (the admin's search-as-you-type pickers), which ships none: the portal's own,
   registered for the kk admin in referendum/core/admin_wording.py. Same shape as Select2's own i18n files. */
(function () {
  if (!(window.jQuery && jQuery.fn && jQuery.fn.select2 && jQuery.fn.select2.amd)) {
    return;
  }
  jQuery.fn.select2.amd.define("select2/i18n/kk", [], function () {
    return {
      errorLoading: function () { return "Нәтижелерді жүктеу мүмкін болмады"; },
      inputTooLong: function (args) { return (args.input.length - args.maximum) + " таңбаны өшіріңіз"; },
      inputTooShort: function (args) { return "Тағы кемінде " + (args.minimum - args.input.length) + " таңба енгізіңіз"; },
      loadingMore: function () { return "Тағы жүктелуде…"; },
      maximumSelected: function (args) { return "Ең көбі " + args.maximum + " элемент таңдауға болады"; },
      noResults: function () { return "Ештеңе табылмады"; },
      searching: function () { return "Іздеу…"; },
      removeAllItems: function () { return "Барлығын өшіру"; }
    };
  });
})();
