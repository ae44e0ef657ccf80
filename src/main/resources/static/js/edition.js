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
