//! Real photo files for tests: JPEGs made by the `image` encoder, and one carrying a phone's
//! EXIF (orientation, camera serial, GPS latitude), as the uploads members send. Shared by
//! the processing unit tests (`src/photos/process/tests.rs`) and the web and browser tests.

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{ImageBuffer, ImageEncoder, Rgb};

/// A JPEG of `w` x `h` made by the encoder (no metadata of its own); `seed` varies its
/// pixels, so two seeds are two different photos.
pub(crate) fn jpeg_seeded(w: u32, h: u32, seed: u8) -> Vec<u8> {
    let img = ImageBuffer::from_fn(w, h, |x, y| {
        Rgb([(x % 256) as u8, (y % 256) as u8, seed.wrapping_mul(37)])
    });
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&img)
        .unwrap();
    out
}

pub(crate) fn jpeg(w: u32, h: u32) -> Vec<u8> {
    jpeg_seeded(w, h, 90)
}

/// A JPEG of `w` x `h` of noise, which compresses badly: a photo that takes room.
pub(crate) fn noisy_jpeg(w: u32, h: u32, seed: u32) -> Vec<u8> {
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    let img = ImageBuffer::from_fn(w, h, |_, _| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let [a, b, c, _] = state.to_le_bytes();
        Rgb([a, b, c])
    });
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&img)
        .unwrap();
    out
}

/// A JPEG of `w` x `h` that compresses about as a phone's photo does: smooth shapes with
/// a little sensor noise (`seed` varies both).
pub(crate) fn photo_like(w: u32, h: u32, seed: u32) -> Vec<u8> {
    let mut state = seed.wrapping_mul(2_654_435_761) | 1;
    let (fw, fh) = (w as f32, h as f32);
    let phase = (seed % 97) as f32 / 17.0;
    let img = ImageBuffer::from_fn(w, h, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let noise = (state % 25) as f32 - 12.0;
        let (u, v) = (x as f32 / fw, y as f32 / fh);
        let wave = ((u * 9.0 + phase).sin() * (v * 7.0 - phase).cos() + 1.0) * 60.0;
        let channel = |base: f32| (base + wave + noise).clamp(0.0, 255.0) as u8;
        Rgb([
            channel(u * 120.0),
            channel(v * 100.0 + 20.0),
            channel((1.0 - u) * 90.0),
        ])
    });
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 92)
        .encode_image(&img)
        .unwrap();
    out
}

/// A PNG of `w` x `h`.
pub(crate) fn png(w: u32, h: u32) -> Vec<u8> {
    let img = ImageBuffer::from_fn(w, h, |x, y| Rgb([(x * 3 % 256) as u8, 40, (y % 256) as u8]));
    let mut out = Vec::new();
    PngEncoder::new(&mut out)
        .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

pub(crate) const SERIAL: &[u8] = b"CAMERA-SERIAL-4711";
/// 38 deg 43 min 20 sec: a home's latitude as a phone writes it.
pub(crate) const LATITUDE: [u32; 6] = [38, 1, 43, 1, 20, 1];

/// The latitude's bytes as the EXIF block holds them.
pub(crate) fn latitude_bytes() -> Vec<u8> {
    LATITUDE.iter().flat_map(|n| n.to_le_bytes()).collect()
}

/// An EXIF segment (APP1) as a phone writes one: the orientation (6: turn 90 degrees
/// clockwise to show), the camera's make (a serial) and a GPS position.
fn exif_segment() -> Vec<u8> {
    let mut tiff: Vec<u8> = b"II*\0".to_vec();
    tiff.extend_from_slice(&8u32.to_le_bytes());
    // IFD0 at 8: three entries.
    let ifd0_len = 2 + 3 * 12 + 4;
    let make_at = 8 + ifd0_len;
    let gps_at = make_at + SERIAL.len() as u32 + 1;
    let entry = |tag: u16, kind: u16, count: u32, value: u32| {
        let mut e = tag.to_le_bytes().to_vec();
        e.extend_from_slice(&kind.to_le_bytes());
        e.extend_from_slice(&count.to_le_bytes());
        e.extend_from_slice(&value.to_le_bytes());
        e
    };
    tiff.extend_from_slice(&3u16.to_le_bytes());
    tiff.extend(entry(0x010F, 2, SERIAL.len() as u32 + 1, make_at));
    tiff.extend(entry(0x0112, 3, 1, 6));
    tiff.extend(entry(0x8825, 4, 1, gps_at));
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(SERIAL);
    tiff.push(0);
    // The GPS IFD: latitude reference and latitude.
    let rationals_at = gps_at + 2 + 2 * 12 + 4;
    tiff.extend_from_slice(&2u16.to_le_bytes());
    tiff.extend(entry(0x0001, 2, 2, u32::from(b'N')));
    tiff.extend(entry(0x0002, 5, 3, rationals_at));
    tiff.extend_from_slice(&0u32.to_le_bytes());
    for n in LATITUDE {
        tiff.extend_from_slice(&n.to_le_bytes());
    }
    let mut body = b"Exif\0\0".to_vec();
    body.extend(tiff);
    let mut segment = vec![0xFF, 0xE1];
    segment.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
    segment.extend(body);
    segment
}

/// `jpeg` with the phone's EXIF segment right after its start marker.
pub(crate) fn from_a_phone(jpeg: &[u8]) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    out.extend(exif_segment());
    out.extend_from_slice(&jpeg[2..]);
    out
}

pub(crate) fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}
