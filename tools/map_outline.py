#!/usr/bin/env python3
"""Writes the world outlines the map pages draw, from Natural Earth's land polygons as
TopoJSON (the npm package `world-atlas`): `land.svg` from `land-110m.json` for the whole
world, `land-50m.svg` from `land-50m.json` for zoomed-in maps.

Equirectangular projection on a 360 x 180 viewBox: x = longitude + 180, y = 90 - latitude.
Coordinates are rounded to 1/SCALE degree (10: 0.1 degree; 100: about a kilometre) and written
as relative moves, so the file stays small; points that round onto the previous one are dropped.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/map_outline.py package/land-110m.json assets/map/land.svg 10
    python3 tools/map_outline.py package/land-50m.json assets/map/land-50m.svg 100
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


SCALE = 10


def tenths(lon, lat):
    """The point in 1/SCALE viewBox units (integers, so deltas add up exactly)."""
    return round((lon + 180) * SCALE), round((90 - lat) * SCALE)


def num(t):
    """Units as the shortest decimal (SCALE 10): 12 -> 1.2, -5 -> -.5, 30 -> 3."""
    places = len(str(SCALE)) - 1
    s = f"{abs(t) / SCALE:.{places}f}".rstrip("0").rstrip(".")
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
    global SCALE
    src, dest = sys.argv[1], sys.argv[2]
    if len(sys.argv) > 3:
        SCALE = int(sys.argv[3])
    with open(src) as f:
        topo = json.load(f)
    d = path_data(topo)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180">'
        f"<!-- Natural Earth {src.split('land-')[-1].split('.')[0]} land (public domain), "
        "equirectangular; see README.md -->"
        f'<path id="land" d="{d}"/></svg>\n'
    )
    with open(dest, "w") as f:
        f.write(svg)
    print(f"{dest}: {len(svg)} bytes")


if __name__ == "__main__":
    main()
