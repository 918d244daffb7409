use super::*;

#[path = "../../../tests/common/phone.rs"]
#[allow(dead_code)]
mod phone;
use phone::{contains, from_a_phone, jpeg, LATITUDE, SERIAL};

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
    assert!(matches!(
        process(&png_header(0, 10)),
        Err(Refused::Broken(_))
    ));
    let mut cut = jpeg(64, 64);
    cut.truncate(cut.len() / 3);
    assert!(matches!(process(&cut), Err(Refused::Broken(_))));
}

#[test]
fn what_is_transparent_is_shown_over_white() {
    use image::codecs::png::PngEncoder;
    use image::{ImageEncoder, Rgba, RgbaImage};
    // Left half clear (its hidden colour black), right half opaque red.
    let img = RgbaImage::from_fn(64, 32, |x, _| {
        if x < 32 {
            Rgba([0, 0, 0, 0])
        } else {
            Rgba([200, 0, 0, 255])
        }
    });
    let mut png = Vec::new();
    PngEncoder::new(&mut png)
        .write_image(img.as_raw(), 64, 32, image::ExtendedColorType::Rgba8)
        .unwrap();
    let done = process(&png).unwrap();
    let back = image::load_from_memory(&done.sizes[2].bytes)
        .unwrap()
        .into_rgb8();
    let [r, g, b] = back.get_pixel(4, 16).0;
    assert!(
        r > 240 && g > 240 && b > 240,
        "white, not black: {r} {g} {b}"
    );
    let [r, g, b] = back.get_pixel(60, 16).0;
    assert!(r > 180 && g < 40 && b < 40, "red stays red: {r} {g} {b}");
}

#[test]
fn a_webp_upload_is_taken_as_a_jpeg_of_its_size() {
    use image::codecs::webp::WebPEncoder;
    use image::{ImageEncoder, Rgb, RgbImage};
    let img = RgbImage::from_fn(500, 250, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 60]));
    let mut webp = Vec::new();
    WebPEncoder::new_lossless(&mut webp)
        .write_image(img.as_raw(), 500, 250, image::ExtendedColorType::Rgb8)
        .unwrap();
    assert_eq!(inspect(&webp).unwrap(), (ImageFormat::WebP, 500, 250));
    let done = process(&webp).unwrap();
    let dims: Vec<(u32, u32)> = done.sizes.iter().map(|s| (s.width, s.height)).collect();
    assert_eq!(dims, [(320, 160), (500, 250), (500, 250)]);
    assert_eq!(&done.sizes[0].bytes[..2], &[0xFF, 0xD8], "stored as JPEG");
}
