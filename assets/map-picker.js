// The group form's map: a click (or tap) on it fills the latitude and longitude fields and
// moves the marker there; typing coordinates moves the marker too. Without this file the
// coordinates are typed, and the form works the same.
(function () {
  "use strict";
  var figure = document.querySelector(".map-picker");
  if (!figure) return;
  var svg = figure.querySelector("svg");
  var marker = figure.querySelector("circle.pick");
  var lat = document.getElementById(figure.getAttribute("data-lat"));
  var lng = document.getElementById(figure.getAttribute("data-lng"));
  if (!svg || !marker || !lat || !lng) return;

  // Equirectangular on a 360 x 180 viewBox: x = longitude + 180, y = 90 - latitude.
  function place(latitude, longitude) {
    marker.setAttribute("cx", (longitude + 180).toFixed(2));
    marker.setAttribute("cy", (90 - latitude).toFixed(2));
    marker.classList.remove("unset");
  }

  figure.classList.add("active");
  svg.addEventListener("click", function (event) {
    var matrix = svg.getScreenCTM();
    if (!matrix) return;
    var point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    var p = point.matrixTransform(matrix.inverse());
    var longitude = Math.max(-180, Math.min(180, p.x - 180));
    var latitude = Math.max(-90, Math.min(90, 90 - p.y));
    // Four decimals is about ten metres: more than a click can aim.
    lat.value = latitude.toFixed(4);
    lng.value = longitude.toFixed(4);
    place(latitude, longitude);
  });

  function typed() {
    var a = parseFloat(lat.value);
    var b = parseFloat(lng.value);
    if (isFinite(a) && isFinite(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
      place(a, b);
    }
  }
  lat.addEventListener("input", typed);
  lng.addEventListener("input", typed);
})();
