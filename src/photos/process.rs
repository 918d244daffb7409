//! An uploaded photo made safe to keep and to show: its kind and dimensions are read from its
//! header before anything is decoded (so a decompression bomb costs nothing), then it is
//! decoded, turned upright by its EXIF orientation, and encoded again in three sizes. The
//! stored images are new files: nothing of the upload's metadata (GPS position, camera serial,
//! dates) survives.

use std::io::Cursor;

use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, RgbImage};

/// The largest upload, in bytes.
pub const MAX_BYTES: usize = 15 * 1024 * 1024;
/// The most pixels an upload may declare.
pub const MAX_PIXELS: u64 = 40_000_000;
/// The long side of each stored size: thumbnail, page, full.
pub const SIZES: [u32; 3] = [320, 960, 1920];
/// JPEG quality of the stored sizes.
const QUALITY: u8 = 82;

/// Why an upload is refused, in the words a member reads.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("the file is over 15 MB: choose a smaller photo")]
    TooLarge,
    #[error("only JPEG, PNG and WebP photos are taken")]
    NotAPhoto,
    #[error("the photo has {0} megapixels: at most 40 are taken")]
    TooManyPixels(u64),
    #[error("the photo cannot be read: {0}")]
    Broken(String),
}

impl Refused {
    /// Why, in the reader's words (the decoder's own detail stays as it wrote it).
    pub fn phrase(&self) -> crate::i18n::phrase::Phrase {
        use crate::i18n::phrase::Phrase;
        match self {
            Refused::TooLarge => Phrase::id("photo-refused-too-large"),
            Refused::NotAPhoto => Phrase::id("photo-refused-not-a-photo"),
            Refused::TooManyPixels(n) => Phrase::id("photo-refused-pixels").number("count", *n),
            Refused::Broken(why) => Phrase::id("photo-refused-broken").text("why", why),
        }
    }
}

/// One stored size: JPEG bytes and their dimensions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sized {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// An upload processed: its three sizes, smallest first (a size is never larger than the
/// upright original).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    pub sizes: [Sized; 3],
}

/// The kind and the declared width and height of an upload, from its header alone.
pub fn inspect(bytes: &[u8]) -> Result<(ImageFormat, u32, u32), Refused> {
    if bytes.len() > MAX_BYTES {
        return Err(Refused::TooLarge);
    }
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| Refused::Broken(e.to_string()))?;
    let format = match reader.format() {
        Some(f @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP)) => f,
        _ => return Err(Refused::NotAPhoto),
    };
    let (w, h) = reader
        .into_dimensions()
        .map_err(|e| Refused::Broken(e.to_string()))?;
    if w == 0 || h == 0 {
        return Err(Refused::Broken("it has no pixels".into()));
    }
    let pixels = u64::from(w) * u64::from(h);
    if pixels > MAX_PIXELS {
        return Err(Refused::TooManyPixels(pixels.div_ceil(1_000_000)));
    }
    Ok((format, w, h))
}

/// The upload, checked, upright and in its three sizes.
pub fn process(bytes: &[u8]) -> Result<Processed, Refused> {
    let (format, _, _) = inspect(bytes)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    // The decoder's own bound as well: what the header declared is what may be allocated.
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4 + (64 << 20));
    reader.limits(limits);
    let broken = |e: image::ImageError| Refused::Broken(e.to_string());
    let mut decoder = reader.into_decoder().map_err(broken)?;
    let orientation = decoder.orientation().map_err(broken)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(broken)?;
    image.apply_orientation(orientation);
    // Each size from the one above it (full from the upload, page from full, thumbnail from
    // page): the large image is read once, and dropped as soon as the full size is made.
    let mut resizer = Resizer::new();
    let full = fitted(&mut resizer, on_white(image), SIZES[2])?;
    let page = fitted(&mut resizer, full.clone(), SIZES[1])?;
    let thumb = fitted(&mut resizer, page.clone(), SIZES[0])?;
    Ok(Processed {
        sizes: [encoded(&thumb)?, encoded(&page)?, encoded(&full)?],
    })
}

/// The image's colours, what is transparent shown over white (as a page shows it: a JPEG has
/// no transparency, and dropping it would leave whatever colour the hidden pixels had, often
/// black).
fn on_white(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over =
            |c: u8| ((u32::from(c) * u32::from(a) + 255 * (255 - u32::from(a)) + 127) / 255) as u8;
        image::Rgb([over(r), over(g), over(b)])
    })
}

/// `image` with its long side at most `long` (never enlarged), its aspect kept; resized with
/// `fast_image_resize` (SIMD, on the bytes: several times faster than `image`'s resize, and
/// without its floating-point copy of the image).
fn fitted(resizer: &mut Resizer, image: RgbImage, long: u32) -> Result<RgbImage, Refused> {
    let (w, h) = image.dimensions();
    let side = w.max(h);
    if side <= long {
        return Ok(image);
    }
    let scaled = |n: u32| {
        ((u64::from(n) * u64::from(long) + u64::from(side) / 2) / u64::from(side)).max(1) as u32
    };
    let mut out = RgbImage::new(scaled(w), scaled(h));
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::CatmullRom));
    resizer
        .resize(&image, &mut out, &options)
        .map_err(|e| Refused::Broken(e.to_string()))?;
    Ok(out)
}

/// `rgb` as a JPEG.
fn encoded(rgb: &RgbImage) -> Result<Sized, Refused> {
    let mut bytes = Vec::new();
    JpegEncoder::new_with_quality(&mut bytes, QUALITY)
        .encode_image(rgb)
        .map_err(|e| Refused::Broken(e.to_string()))?;
    Ok(Sized {
        bytes,
        width: rgb.width(),
        height: rgb.height(),
    })
}

#[cfg(test)]
mod tests;
