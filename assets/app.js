// Small progressive enhancements; every page works without this file.
// - A form button with data-confirm asks before it posts (revoking, banning, ...).
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  var message = button && button.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// - Live updates (server-sent events from /events) while a signed-in page is open: the
//   header's unread count, and an open conversation's new messages (its list is fetched again
//   and swapped in; the message being typed stays). Without this, a reload shows the same.
(function () {
  var inbox = document.querySelector("a.inbox");
  if (!inbox || !window.EventSource || !window.fetch) {
    return;
  }
  var conversation = document.querySelector("section.conversation[data-thread]");
  var url = "/events";
  if (conversation) {
    url += "?thread=" + encodeURIComponent(conversation.getAttribute("data-thread"));
  }
  // A stream holds one of the browser's few connections to the site: only visible pages keep
  // one (each sends the count afresh when it opens), and none is left to a page in the
  // back-forward cache.
  var source = null;
  function open() {
    if (source === null && document.visibilityState === "visible") {
      source = new EventSource(url);
      source.addEventListener("unread", onUnread);
      source.addEventListener("thread", onThread);
    }
  }
  function close() {
    if (source !== null) {
      source.close();
      source = null;
    }
  }
  function onUnread(event) {
    // Two lines: the count, and the link's label in the member's language.
    var lines = String(event.data).split("\n");
    var n = parseInt(lines[0], 10) || 0;
    var count = inbox.querySelector(".count");
    if (n === 0) {
      if (count) {
        count.remove();
      }
    } else {
      if (!count) {
        count = document.createElement("span");
        count.className = "count";
        inbox.appendChild(document.createTextNode(" "));
        inbox.appendChild(count);
      }
      count.textContent = n > 99 ? "99+" : String(n);
    }
    if (lines[1]) {
      inbox.setAttribute("aria-label", lines[1]);
    }
  }
  function onThread() {
    fetch(window.location.href, { credentials: "same-origin", cache: "no-store" })
      .then(function (answer) {
        return answer.ok ? answer.text() : Promise.reject(answer.status);
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.querySelector("section.conversation div.messages-list");
        var shown = conversation.querySelector("div.messages-list");
        if (fresh && shown) {
          shown.replaceWith(document.importNode(fresh, true));
        }
      })
      .catch(function () {});
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      open();
    } else {
      close();
    }
  });
  window.addEventListener("pagehide", close);
  // A form sent leaves the page: its stream goes at once.
  document.addEventListener("submit", function (event) {
    if (!event.defaultPrevented) {
      close();
    }
  });
  window.addEventListener("pageshow", open);
  open();
})();

// - Search as one types (/search): a moment after the last key, the page of the words so far
//   is fetched and its results swapped in (the address follows, so Back and a reload show
//   the same). Without this, the form is sent with its button.
(function () {
  var form = document.getElementById("search-form");
  var results = document.getElementById("search-results");
  if (!form || !results || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
    return;
  }
  var input = form.querySelector('input[name="q"]');
  var timer = null;
  var pending = null;
  var asked = input.value.trim();
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(look, 200);
  });
  function look() {
    var q = input.value.trim();
    if (q === asked) {
      return;
    }
    asked = q;
    var address = form.getAttribute("action") + "?" + new URLSearchParams(new FormData(form)).toString();
    if (pending) {
      pending.abort();
    }
    pending = window.AbortController ? new AbortController() : null;
    fetch(address, { credentials: "same-origin", signal: pending ? pending.signal : undefined })
      .then(function (answer) {
        return answer.ok ? answer.text() : Promise.reject(answer.status);
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.getElementById("search-results");
        // An older answer arriving late is not shown over a newer one.
        if (fresh && input.value.trim() === q) {
          var shown = document.importNode(fresh, true);
          results.replaceWith(shown);
          results = shown;
          document.title = page.title;
          history.replaceState(null, "", address);
        }
      })
      .catch(function () {});
  }
})();
