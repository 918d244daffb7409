// The groups' map with a mouse or a finger: the wheel zooms about the pointer, a drag moves the
// map. Each move asks the server for that view's page (the same address its links use) and
// shows its main part, so markers, town names and the list below follow. Without this file the
// map's links do the same, a page at a time.
(function () {
  "use strict";
  var busy = false;

  function go(lat, lng, zoom) {
    zoom = Math.max(0, Math.min(10, zoom));
    var url = zoom === 0 ? "/groups/map" :
      "/groups/map?lat=" + lat.toFixed(4) + "&lng=" + lng.toFixed(4) + "&z=" + zoom;
    if (busy) return;
    busy = true;
    fetch(url, { headers: { Accept: "text/html" } })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var main = doc.querySelector("main");
        if (!main) return;
        document.querySelector("main").replaceWith(main);
        history.replaceState(null, "", url);
        init();
      })
      .catch(function () { window.location.assign(url); })
      .then(function () { busy = false; });
  }

  function init() {
    var figure = document.querySelector("figure.world-map#map:not(.compact)");
    if (!figure) return;
    var svg = figure.querySelector("svg");
    var box = svg.getAttribute("viewBox").split(/\s+/).map(Number);
    var zoom = Number(figure.getAttribute("data-zoom")) || 0;

    function toMap(x, y) {
      var m = svg.getScreenCTM();
      if (!m) return null;
      var p = svg.createSVGPoint();
      p.x = x;
      p.y = y;
      return p.matrixTransform(m.inverse());
    }

    svg.addEventListener("wheel", function (event) {
      var steps = event.deltaY < 0 ? 1 : -1;
      // At the world's or the closest level, the wheel scrolls the page as anywhere else.
      if (zoom + steps < 0 || zoom + steps > 10) return;
      event.preventDefault();
      var p = toMap(event.clientX, event.clientY);
      if (!p) return;
      // The point under the pointer stays there: the new centre is pulled towards it.
      var cx = box[0] + box[2] / 2, cy = box[1] + box[3] / 2;
      var f = steps > 0 ? 0.5 : 2;
      var x = p.x + (cx - p.x) * f, y = p.y + (cy - p.y) * f;
      go(90 - y, x - 180, zoom + steps);
    }, { passive: false });

    // A drag (on a map closer than the world) moves it; it is not a click on a marker.
    var down = null, dragged = false;
    svg.addEventListener("pointerdown", function (event) {
      down = { x: event.clientX, y: event.clientY };
      dragged = false;
    });
    svg.addEventListener("pointerup", function (event) {
      if (!down) return;
      var dx = event.clientX - down.x, dy = event.clientY - down.y;
      down = null;
      if (Math.abs(dx) + Math.abs(dy) < 8 || zoom === 0) return;
      dragged = true;
      var perPixel = box[2] / svg.getBoundingClientRect().width;
      var x = box[0] + box[2] / 2 - dx * perPixel, y = box[1] + box[3] / 2 - dy * perPixel;
      go(90 - y, x - 180, zoom);
    });
    svg.addEventListener("click", function (event) {
      if (dragged) {
        event.preventDefault();
        dragged = false;
      }
    }, true);
  }

  init();
})();
