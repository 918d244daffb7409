use super::*;
use image::{ImageBuffer, Rgb};

/// A JPEG of `w` x `h` made by the encoder (no metadata of its own).
fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = ImageBuffer::from_fn(w, h, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&img)
        .unwrap();
    out
}

const SERIAL: &[u8] = b"CAMERA-SERIAL-4711";
/// 38 deg 43 min 20 sec: a home's latitude as a phone writes it.
const LATITUDE: [u32; 6] = [38, 1, 43, 1, 20, 1];

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
fn from_a_phone(jpeg: &[u8]) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    out.extend(exif_segment());
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_phone_photo_is_turned_upright_sized_and_keeps_nothing_of_its_metadata() {
    let upload = from_a_phone(&jpeg(2000, 1000));
    assert!(
        contains(&upload, SERIAL),
        "the test photo carries its serial"
    );
    let latitude: Vec<u8> = LATITUDE.iter().flat_map(|n| n.to_le_bytes()).collect();
    assert!(contains(&upload, &latitude));
    let done = process(&upload).unwrap();
    let dims: Vec<(u32, u32)> = done.sizes.iter().map(|s| (s.width, s.height)).collect();
    assert_eq!(
        dims,
        [(160, 320), (480, 960), (960, 1920)],
        "turned upright"
    );
    for s in &done.sizes {
        assert!(!contains(&s.bytes, b"Exif"), "no EXIF segment");
        assert!(!contains(&s.bytes, SERIAL), "no camera serial");
        assert!(!contains(&s.bytes, &latitude), "no position");
        assert_eq!(&s.bytes[..2], &[0xFF, 0xD8], "a JPEG");
        // What is stored reads back at the size it says.
        let back = image::load_from_memory(&s.bytes).unwrap();
        assert_eq!((back.width(), back.height()), (s.width, s.height));
    }
}

#[test]
fn a_small_photo_is_never_made_larger() {
    let done = process(&jpeg(100, 50)).unwrap();
    for s in &done.sizes {
        assert_eq!((s.width, s.height), (100, 50));
    }
}

/// A PNG header declaring `w` x `h`, with no pixels after it.
fn png_header(w: u32, h: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut chunk = b"IHDR".to_vec();
    chunk.extend_from_slice(&w.to_be_bytes());
    chunk.extend_from_slice(&h.to_be_bytes());
    chunk.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend_from_slice(&13u32.to_be_bytes());
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&crc32(&chunk).to_be_bytes());
    // An empty data chunk: the reader stops at the first one.
    out.extend_from_slice(&0u32.to_be_bytes());
    out.extend_from_slice(b"IDAT");
    out.extend_from_slice(&crc32(b"IDAT").to_be_bytes());
    out
}

#[test]
fn refusals_come_before_any_decoding() {
    // A bomb: 50 megapixels declared in 45 bytes.
    assert_eq!(
        process(&png_header(10_000, 5_000)),
        Err(Refused::TooManyPixels(50))
    );
    assert_eq!(inspect(&png_header(4_000, 3_000)).unwrap().1, 4_000);
    assert_eq!(process(&vec![0u8; MAX_BYTES + 1]), Err(Refused::TooLarge));
    assert_eq!(process(b"GIF89a\x01\0\x01\0"), Err(Refused::NotAPhoto));
    assert_eq!(process(b"just some text"), Err(Refused::NotAPhoto));
    let mut cut = jpeg(64, 64);
    cut.truncate(cut.len() / 3);
    assert!(matches!(process(&cut), Err(Refused::Broken(_))));
}
