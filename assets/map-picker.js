// The group form's map: a click (or tap) on it fills the latitude and longitude fields and
// moves the marker there; typing coordinates moves the marker too. The mouse wheel and the
// + and - buttons zoom in (down to a few hundred metres across), dragging moves the map, and
// "Find a place" goes to a town from the site's gazetteer (/api/places). Without this file the
// coordinates are typed, and the form works the same. What it says comes from the page
// (data-unknown, data-failed), in the page's language.
(function () {
  "use strict";
  var figure = document.querySelector(".map-picker");
  if (!figure) return;
  var svg = figure.querySelector("svg");
  var marker = figure.querySelector("circle.pick");
  var land = figure.querySelector("use.land");
  var lat = document.getElementById(figure.getAttribute("data-lat"));
  var lng = document.getElementById(figure.getAttribute("data-lng"));
  if (!svg || !marker || !lat || !lng) return;
  var coarse = figure.getAttribute("data-coarse");
  var fine = figure.getAttribute("data-fine");
  var MAX_ZOOM = 16;

  // The shown box in viewBox units (equirectangular: x = longitude + 180, y = 90 - latitude).
  var box = svg.getAttribute("viewBox").split(/\s+/).map(Number);

  function zoomOf() {
    return Math.round(Math.log(360 / box[2]) / Math.LN2);
  }

  function show() {
    var w = box[2], h = box[3];
    box[0] = Math.max(0, Math.min(360 - w, box[0]));
    box[1] = Math.max(0, Math.min(180 - h, box[1]));
    svg.setAttribute("viewBox", box.join(" "));
    marker.setAttribute("r", (2.5 * w / 360).toFixed(6));
    if (land && coarse && fine) {
      var want = zoomOf() >= 2 ? fine : coarse;
      if (land.getAttribute("href") !== want) land.setAttribute("href", want);
    }
  }

  // Centre on a point (viewBox units) at a zoom level.
  function centre(x, y, zoom) {
    zoom = Math.max(0, Math.min(MAX_ZOOM, zoom));
    var w = 360 / Math.pow(2, zoom), h = w / 2;
    box = [x - w / 2, y - h / 2, w, h];
    show();
  }

  // Zoom by levels about a point that stays where it is on the screen.
  function zoomAbout(steps, x, y) {
    var zoom = Math.max(0, Math.min(MAX_ZOOM, zoomOf() + steps));
    var w = 360 / Math.pow(2, zoom), h = w / 2;
    var fx = (x - box[0]) / box[2], fy = (y - box[1]) / box[3];
    box = [x - fx * w, y - fy * h, w, h];
    show();
  }

  function place(latitude, longitude) {
    marker.setAttribute("cx", (longitude + 180).toFixed(6));
    marker.setAttribute("cy", (90 - latitude).toFixed(6));
    marker.classList.remove("unset");
  }

  function toMap(event) {
    var matrix = svg.getScreenCTM();
    if (!matrix) return null;
    var point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    return point.matrixTransform(matrix.inverse());
  }

  figure.classList.add("active");
  Array.prototype.forEach.call(figure.querySelectorAll("[hidden]"), function (el) {
    el.hidden = false;
  });

  // A drag moves the map; a click that did not move places the marker.
  var down = null, moved = false;
  svg.addEventListener("pointerdown", function (event) {
    down = { x: event.clientX, y: event.clientY, box: box.slice() };
    moved = false;
  });
  svg.addEventListener("pointermove", function (event) {
    if (!down) return;
    var dx = event.clientX - down.x, dy = event.clientY - down.y;
    if (!moved && Math.abs(dx) + Math.abs(dy) < 6) return;
    moved = true;
    var perPixel = down.box[2] / svg.getBoundingClientRect().width;
    box = [down.box[0] - dx * perPixel, down.box[1] - dy * perPixel, down.box[2], down.box[3]];
    show();
  });
  window.addEventListener("pointerup", function () {
    down = null;
  });
  svg.addEventListener("click", function (event) {
    if (moved) return;
    var p = toMap(event);
    if (!p) return;
    var longitude = Math.max(-180, Math.min(180, p.x - 180));
    var latitude = Math.max(-90, Math.min(90, 90 - p.y));
    // Five decimals is about a metre: as fine as the closest zoom can aim.
    lat.value = latitude.toFixed(5);
    lng.value = longitude.toFixed(5);
    place(latitude, longitude);
  });
  svg.addEventListener("wheel", function (event) {
    var steps = event.deltaY < 0 ? 1 : -1;
    // At the world's or the closest level, the wheel scrolls the page as anywhere else.
    if (zoomOf() + steps < 0 || zoomOf() + steps > MAX_ZOOM) return;
    event.preventDefault();
    var p = toMap(event);
    if (p) zoomAbout(steps, p.x, p.y);
  }, { passive: false });

  function zoomButton(selector, steps) {
    var b = figure.querySelector(selector);
    if (b) b.addEventListener("click", function () {
      zoomAbout(steps, box[0] + box[2] / 2, box[1] + box[3] / 2);
    });
  }
  zoomButton(".picker-in", 1);
  zoomButton(".picker-out", -1);

  // Find a place: the first answer is where the map goes and the marker is put.
  var query = figure.querySelector(".picker-query");
  var said = figure.querySelector(".picker-said");
  function find() {
    var q = query.value.trim();
    if (!q) return;
    fetch("/api/places?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (answer) {
        var first = answer.places && answer.places[0];
        if (!first) {
          said.textContent = figure.getAttribute("data-unknown");
          return;
        }
        said.textContent = first.name + " (" + first.country + ")";
        // The town's name for an empty City field (the country is the member's own words).
        var city = document.querySelector("form input[name='city']");
        if (city && !city.value.trim()) city.value = first.name;
        lat.value = first.latitude.toFixed(5);
        lng.value = first.longitude.toFixed(5);
        place(first.latitude, first.longitude);
        centre(first.longitude + 180, 90 - first.latitude, 10);
      })
      .catch(function () {
        said.textContent = figure.getAttribute("data-failed");
      });
  }
  var go = figure.querySelector(".picker-go");
  if (go && query) {
    go.addEventListener("click", find);
    query.addEventListener("keydown", function (event) {
      // Enter finds the place rather than sending the group's form.
      if (event.key === "Enter") {
        event.preventDefault();
        find();
      }
    });
  }

  function typed() {
    var a = parseFloat(lat.value);
    var b = parseFloat(lng.value);
    if (isFinite(a) && isFinite(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
      place(a, b);
    }
  }
  lat.addEventListener("input", typed);
  lng.addEventListener("input", typed);
  show();
})();
