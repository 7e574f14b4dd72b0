/*
 * Steps that cannot be undone ask first. A submit button (or its form) with data-confirm names the consequence; before
 * the form is sent a modal dialog shows it with the page's own words for "confirm" and "cancel" (data-confirm-yes,
 * data-confirm-no, data-confirm-title: the user's language, from the bundles). Confirming sends the form with
 * confirmed=true; cancelling, Escape or closing sends nothing and gives the focus back to the button.
 *
 * A native <dialog> opened with showModal(): the rest of the page is inert, the focus starts on "cancel" (the safe
 * answer to a keyboard user pressing Enter twice), Escape cancels, and screen readers announce a modal dialog with
 * its title and text. window.confirm would say the same in the browser's language rather than the user's, and a
 * browser may silence it ("prevent this page from creating dialogs"), after which nothing could be confirmed.
 *
 * The server never relies on this script: a post without confirmed=true gets the confirmation page instead
 * (shared.ConfirmationRequired), so without script the user confirms there.
 */
(function () {
  'use strict';

  function text(source, name, fallback) {
    return source.getAttribute(name) || fallback;
  }

  function ask(source, proceed, cancelled) {
    var question = source.getAttribute('data-confirm');
    if (typeof HTMLDialogElement !== 'function') {
      if (window.confirm(question)) { proceed(); } else { cancelled(); }
      return;
    }
    var english = (document.documentElement.lang || '').indexOf('en') === 0;
    var dialog = document.createElement('dialog');
    dialog.id = 'confirm-dialog';
    dialog.className = 'portal-confirm border-0 rounded-3 shadow p-4';
    dialog.setAttribute('aria-labelledby', 'confirm-dialog-title');
    dialog.setAttribute('aria-describedby', 'confirm-dialog-text');

    var title = document.createElement('h2');
    title.id = 'confirm-dialog-title';
    title.className = 'h5';
    title.textContent = text(source, 'data-confirm-title', english ? 'Please confirm' : '请确认');
    var body = document.createElement('p');
    body.id = 'confirm-dialog-text';
    body.textContent = question;

    var answers = document.createElement('form');
    answers.method = 'dialog';
    answers.className = 'd-flex justify-content-end gap-2 mb-0';
    var no = document.createElement('button');
    no.type = 'submit';
    no.value = 'cancel';
    no.id = 'confirm-dialog-no';
    no.className = 'btn btn-outline-secondary';
    no.autofocus = true;
    no.textContent = text(source, 'data-confirm-no', english ? 'Cancel' : '取消');
    var yes = document.createElement('button');
    yes.type = 'submit';
    yes.value = 'confirm';
    yes.id = 'confirm-dialog-yes';
    yes.className = 'btn btn-danger';
    yes.textContent = text(source, 'data-confirm-yes', english ? 'Confirm' : '确认');
    answers.appendChild(no);
    answers.appendChild(yes);

    dialog.appendChild(title);
    dialog.appendChild(body);
    dialog.appendChild(answers);
    dialog.addEventListener('close', function () {
      var confirmed = dialog.returnValue === 'confirm';
      dialog.remove();
      if (confirmed) { proceed(); } else { cancelled(); }
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    no.focus();
  }

  function send(form, submitter) {
    var flag = document.createElement('input');
    flag.type = 'hidden';
    flag.name = 'confirmed';
    flag.value = 'true';
    // a form that asks with a checkbox of its own (approving a reset) sends that one
    if (!form.elements.namedItem('confirmed')) {
      form.appendChild(flag);
    }
    form.setAttribute('data-confirmed', '');
    if (typeof form.requestSubmit === 'function') {
      form.requestSubmit(submitter || undefined);
    } else {
      if (submitter && submitter.name) {
        var choice = document.createElement('input');
        choice.type = 'hidden';
        choice.name = submitter.name;
        choice.value = submitter.value;
        form.appendChild(choice);
      }
      form.submit();
    }
    // the form data is taken synchronously: a page restored from the back-forward cache asks again
    form.removeAttribute('data-confirmed');
    flag.remove();
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method === 'dialog' || form.hasAttribute('data-confirmed')) {
      return;
    }
    var submitter = event.submitter || null;
    var source = submitter && submitter.hasAttribute('data-confirm') ? submitter
      : (form.hasAttribute('data-confirm') ? form : null);
    if (!source) {
      return;
    }
    event.preventDefault();
    ask(source, function () { send(form, submitter); }, function () { if (submitter) { submitter.focus(); } });
  });
}());
