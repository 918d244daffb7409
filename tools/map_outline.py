#!/usr/bin/env python3
"""Writes assets/map/land.svg, the world outline the map pages draw, from Natural Earth's
110m land polygons as TopoJSON (the npm package `world-atlas`, file `land-110m.json`).

Equirectangular projection on a 360 x 180 viewBox: x = longitude + 180, y = 90 - latitude.
Coordinates are rounded to 0.1 degree and written as relative moves, so the file stays small
(a few tens of KB); points that round onto the previous one are dropped.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/map_outline.py package/land-110m.json assets/map/land.svg
"""

import json
import sys


def decode_arcs(topo):
    """Absolute (lon, lat) points of every arc (TopoJSON arcs are delta-encoded, quantized)."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring_points(arcs, ring):
    """A ring is a list of arc indices; ~i is arc i reversed. Shared end points are dropped."""
    out = []
    for i in ring:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    return out


def polygons(topo):
    land = topo["objects"]["land"]
    geoms = land["geometries"] if land["type"] == "GeometryCollection" else [land]
    for g in geoms:
        if g["type"] == "Polygon":
            yield g["arcs"]
        elif g["type"] == "MultiPolygon":
            yield from g["arcs"]


def unwrapped(points):
    """Rings that cross the antimeridian (Chukotka, Fiji) jump from 180 to -180; unwrapped, they
    run past 180 instead and are drawn twice, shifted by 360 (the SVG clips the overflow). A
    ring that circles the pole (Antarctica) does not close when unwrapped: kept as it is."""
    out = [points[0]]
    for lon, lat in points[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while lon - prev < -180:
            lon += 360
        out.append((lon, lat))
    if abs(out[-1][0] - out[0][0]) > 1e-6:
        return [points]
    lo, hi = min(p[0] for p in out), max(p[0] for p in out)
    copies = [out]
    if hi > 180:
        copies.append([(lon - 360, lat) for lon, lat in out])
    if lo < -180:
        copies.append([(lon + 360, lat) for lon, lat in out])
    return copies


def tenths(lon, lat):
    """The point in tenths of a viewBox unit (integers, so deltas add up exactly)."""
    return round((lon + 180) * 10), round((90 - lat) * 10)


def num(t):
    """Tenths as the shortest decimal: 12 -> 1.2, -5 -> -.5, 30 -> 3."""
    s = f"{abs(t) / 10:.1f}".rstrip("0").rstrip(".")
    if s.startswith("0."):
        s = s[1:]
    return ("-" if t < 0 else "") + (s or "0")


def pair(dx, dy):
    b = num(dy)
    # A minus sign separates the numbers by itself.
    return num(dx) + ("" if b.startswith("-") else " ") + b


def path_data(topo):
    arcs = decode_arcs(topo)
    parts = []
    cur = (0, 0)
    for poly in polygons(topo):
        for ring in (r for arc_ring in poly for r in unwrapped(ring_points(arcs, arc_ring))):
            pts = []
            for lon, lat in ring:
                p = tenths(lon, lat)
                if not pts or p != pts[-1]:
                    pts.append(p)
            if len(pts) > 1 and pts[0] == pts[-1]:
                pts.pop()
            if len(pts) < 3:
                continue  # an island smaller than the rounding
            start = pts[0]
            seg = ["m" + pair(start[0] - cur[0], start[1] - cur[1])]
            prev = start
            for p in pts[1:]:
                seg.append(pair(p[0] - prev[0], p[1] - prev[1]))
                prev = p
            parts.append(seg[0] + "l" + " ".join(seg[1:]) + "z")
            # After z the current point is the ring's start.
            cur = start
    return "".join(parts)


def main():
    src, dest = sys.argv[1], sys.argv[2]
    with open(src) as f:
        topo = json.load(f)
    d = path_data(topo)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180">'
        "<!-- Natural Earth 110m land (public domain), equirectangular; see README.md -->"
        f'<path id="land" d="{d}"/></svg>\n'
    )
    with open(dest, "w") as f:
        f.write(svg)
    print(f"{dest}: {len(svg)} bytes")


if __name__ == "__main__":
    main()
