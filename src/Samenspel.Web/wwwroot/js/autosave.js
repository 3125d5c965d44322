// Progressive enhancement for forms with data-autosave: post the whole form to that address on every change, so
// the answers are kept on the server even when the page is closed or the connection drops later. Without this
// script the "Tussendoor bewaren" button does the same.
(function () {
  var script = document.currentScript;
  document.querySelectorAll('form[data-autosave]').forEach(function (form) {
    var status = form.querySelector('[data-autosave-status]');
    var pending = Promise.resolve(), waiting = 0;
    form.dataset.pending = '0';
    form.addEventListener('change', function () {
      var body = new FormData(form);
      form.dataset.pending = String(++waiting);
      pending = pending.then(function () {
        return fetch(form.dataset.autosave, { method: 'POST', body: body, credentials: 'same-origin' })
          .then(function (r) { if (status) status.textContent = r.ok ? script.dataset.saved : script.dataset.failed; })
          .catch(function () { if (status) status.textContent = script.dataset.failed; })
          .then(function () { form.dataset.pending = String(--waiting); });
      });
    });
  });
})();
