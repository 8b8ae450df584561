/*
 * The measure import form, enhanced: the form is sent in the background so the page can show how far it has got
 * (the upload in percent, then the rows being checked with the seconds passing) instead of a frozen tab, and the chosen
 * file stays chosen after a check, so "Import all rows" needs no second pick. Without this script the form posts
 * normally and the server renders the same result; the page never depends on it.
 */
(function () {
  'use strict';

  var form = document.querySelector('form[data-import-form]');
  var panel = document.getElementById('import-progress');
  if (!form || !panel || !window.FormData || !window.DOMParser || !window.XMLHttpRequest) {
    return;
  }
  var bar = panel.querySelector('progress');
  var status = panel.querySelector('[data-progress-status]');
  var texts = panel.dataset;
  var buttons = form.querySelectorAll('button[type="submit"]');
  var timer = null;
  var busy = false;
  var started = 0;

  function say(text) {
    status.textContent = text;
  }

  function setBusy(on) {
    busy = on;
    form.setAttribute('aria-busy', on ? 'true' : 'false');
    buttons.forEach(function (button) {
      button.disabled = on;
    });
  }

  /** Lines that hold something, less the header: what the server will call rows. */
  function countRows(text) {
    var lines = text.split('\n').filter(function (line) {
      return line.trim() !== '';
    });
    return Math.max(0, lines.length - 1);
  }

  function rowsToSend() {
    var file = form.querySelector('input[type="file"]');
    if (file && file.files && file.files.length > 0 && file.files[0].text) {
      return file.files[0].text().then(countRows);
    }
    var pasted = form.querySelector('textarea');
    return Promise.resolve(countRows(pasted ? pasted.value : ''));
  }

  function seconds() {
    return Math.round((Date.now() - started) / 1000);
  }

  function checking(rows) {
    var line = texts.checking.replace('__ROWS__', rows.toLocaleString());
    bar.removeAttribute('value');
    say(line);
    timer = window.setInterval(function () {
      say(line + ' ' + texts.elapsed.replace('__SECONDS__', seconds()));
    }, 1000);
  }

  function stopTimer() {
    if (timer !== null) {
      window.clearInterval(timer);
      timer = null;
    }
  }

  /** Puts the server's answer where a normal post would have shown it: the result above the form, or its whole page. */
  function show(html) {
    var answer = new DOMParser().parseFromString(html, 'text/html');
    var result = answer.querySelector('.import-result');
    var current = document.querySelector('.import-result');
    if (!result) {
      var main = answer.querySelector('main');
      document.querySelector('main').innerHTML = main ? main.innerHTML : '';
      return;
    }
    result.querySelectorAll('[data-without-script]').forEach(function (note) {
      note.remove();
    });
    if (current) {
      current.replaceWith(result);
    } else {
      form.parentNode.insertBefore(result, form);
    }
    if (result.dataset.written === 'true') {
      form.reset();
    }
    var heading = result.querySelector('h2');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (busy) {
      return;
    }
    var data = new FormData(form);
    var submitter = event.submitter;
    if (submitter && submitter.name) {
      data.set(submitter.name, submitter.value);
    }
    setBusy(true);
    started = Date.now();
    panel.hidden = false;
    bar.max = 100;
    bar.value = 0;
    say(texts.counting);
    rowsToSend().then(function (rows) {
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      // The anti-forgery token goes in the form and, for quarkus-rest-csrf to check first, in its header.
      var token = form.querySelector('input[name="' + form.dataset.csrfField + '"]');
      if (token && form.dataset.csrfHeader) {
        request.setRequestHeader(form.dataset.csrfHeader, token.value);
      }
      request.upload.addEventListener('progress', function (progress) {
        if (progress.lengthComputable) {
          bar.value = Math.round((100 * progress.loaded) / progress.total);
          say(texts.uploading.replace('__PERCENT__', bar.value));
        }
      });
      request.upload.addEventListener('load', function () {
        checking(rows);
      });
      request.addEventListener('load', function () {
        stopTimer();
        bar.max = 100;
        bar.value = 100;
        say(texts.done.replace('__SECONDS__', seconds()));
        show(request.responseText);
        setBusy(false);
      });
      request.addEventListener('error', function () {
        stopTimer();
        say(texts.failed);
        setBusy(false);
      });
      request.send(data);
    });
  });
})();
