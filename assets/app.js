// Small progressive enhancements; every page works without this file.
// - A form button with data-confirm asks before it posts (revoking, banning, ...).
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  var message = button && button.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
