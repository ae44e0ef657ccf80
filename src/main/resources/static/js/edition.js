// Enhancement only: every page works without this file. Where the browser lets a page
// write to the clipboard, each section and paragraph mark gets a "Copy link" button
// beside it; without JavaScript the mark itself is the link to copy.
(function () {
  'use strict';
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll('a.self-link').forEach(function (mark) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = 'Copy link';
    button.setAttribute('aria-label', 'Copy ' + (mark.getAttribute('aria-label') || 'link').toLowerCase());
    button.addEventListener('click', function () {
      var address = location.origin + location.pathname + location.search + mark.getAttribute('href');
      navigator.clipboard.writeText(address).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy link'; }, 2000);
      }, function () {
        button.textContent = 'Copy the \u00b6 link instead';
      });
    });
    mark.after(button);
  });
})();

// Enhancement only: a quiz answers in place. The form posts as it would without this
// file, and the page that comes back (the result, or the quiz with a message) takes the
// place of the quiz, with the focus on it; the address stays the quiz's own.
(function () {
  'use strict';
  var form = document.querySelector('form.quiz-form');
  if (!form || !window.fetch || !window.DOMParser) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.text();
    }).then(function (html) {
      var answered = new DOMParser().parseFromString(html, 'text/html').getElementById('page');
      var page = document.getElementById('page');
      if (!answered || !page) {
        form.submit();
        return;
      }
      page.replaceWith(answered);
      var main = document.getElementById('main');
      main.focus();
      main.scrollIntoView();
    }, function () {
      form.submit();
    });
  });
})();

// Enhancement only: each citation, class link and lesson link gets a "Copy" button.
// Without JavaScript a citation is plain text to select, and a link a read-only field.
(function () {
  'use strict';
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll('.copyable').forEach(function (copyable) {
    var field = copyable.tagName === 'INPUT';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = field ? 'copy-field' : 'copy-link copy-text';
    button.textContent = 'Copy';
    if (field) {
      var label = document.querySelector('label[for="' + copyable.id + '"]');
      button.setAttribute('aria-label', 'Copy: ' + (label ? label.textContent.replace(/\s+/g, ' ').trim() : 'link'));
      copyable.addEventListener('focus', function () { copyable.select(); });
    }
    var value = field ? copyable.value : copyable.textContent.trim();
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(value).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy'; }, 2000);
      }, function () {
        if (field) {
          copyable.select();
        } else {
          button.textContent = 'Select the text to copy it';
        }
      });
    });
    if (field) {
      copyable.after(button);
    } else {
      copyable.append(' ', button);
    }
  });
})();
