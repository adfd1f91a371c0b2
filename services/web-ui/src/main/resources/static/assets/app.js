// Tiekartta's bit of JavaScript: htmx sends the CSRF token, and a page that shows live data follows the read
// model's event stream and refreshes its <main> when an event concerns it. Everything works without this too.
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  // htmx requests carry the CSRF token as a header (forms carry it as a field).
  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('csrf-token');
    var header = meta('csrf-header');
    if (token && header) {
      event.detail.headers[header] = token;
    }
  });

  // Live pages: <main> has a child with data-live-stream="/api/progress/stream?programme=SHKO" (the filters
  // that say which events concern the page). The browser's EventSource reconnects by itself and resumes with
  // Last-Event-ID; after a reconnect the page refreshes once, in case the catch-up was cut short.
  var stream = null;
  var refreshTimer = null;

  function announce() {
    var status = document.getElementById('live-status');
    if (status) {
      status.textContent = '';
      window.setTimeout(function () { status.textContent = meta('live-updated') || 'Updated'; }, 50);
    }
  }

  function refresh() {
    // Several events in a burst refresh the page once.
    window.clearTimeout(refreshTimer);
    refreshTimer = window.setTimeout(function () {
      if (!window.htmx) { return; }
      var focused = document.activeElement && document.activeElement.id;
      window.htmx.ajax('GET', window.location.href, { target: '#main', select: '#main', swap: 'outerHTML' }).then(function () {
        if (focused && document.getElementById(focused)) { document.getElementById(focused).focus(); }
        announce();
        follow();
      });
    }, 300);
  }

  function follow() {
    var source = document.querySelector('[data-live-stream]');
    var url = source ? source.getAttribute('data-live-stream') : null;
    if (stream && (!url || stream.url.indexOf(url) < 0)) {
      stream.close();
      stream = null;
    }
    if (!url || stream || !window.EventSource) { return; }
    // A form being filled in is never refreshed under the user's hands.
    if (document.querySelector('main form[data-live-keep]')) { return; }
    stream = new EventSource(url);
    var opened = false;
    stream.addEventListener('open', function () {
      if (opened) { refresh(); }
      opened = true;
      // The stream works: a later failure may reload the page again.
      if (window.sessionStorage) { window.sessionStorage.removeItem('tiekartta-reloaded:' + window.location.pathname); }
    });
    stream.addEventListener('change', refresh);
    stream.addEventListener('reset', refresh);
    // The browser gives up on a stream that answers other than 200 (e.g. 401 once the session has ended):
    // reload the page once, which signs the user in again if that was the reason.
    stream.addEventListener('error', function () {
      if (stream && stream.readyState === EventSource.CLOSED) {
        stream = null;
        reloadOnce();
      }
    });
  }

  function reloadOnce() {
    var key = 'tiekartta-reloaded:' + window.location.pathname;
    if (window.sessionStorage && !window.sessionStorage.getItem(key)) {
      window.sessionStorage.setItem(key, '1');
      window.location.reload();
    }
  }

  // A partial update refused because the session has ended: reload, and the gateway sends the user to sign in.
  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 401) {
      reloadOnce();
    }
  });


  document.addEventListener('DOMContentLoaded', follow);
}());
