// A form is sent once: a second click (or Enter) while the next page loads is ignored, so that a
// double click does not register twice (the second would be told the address is taken, by mail).
// Buttons are not disabled: a disabled button's name and value ("Nouvelle image") would not be sent.
(function () {
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset.sent === 'true') {
      event.preventDefault();
      return;
    }
    form.dataset.sent = 'true';
  });
  // Back to a page kept in the browser's cache: its forms can be sent again.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-sent]').forEach(function (form) {
      delete form.dataset.sent;
    });
  });
})();
