//! Photos and scans (JPEG, PNG, multi-page TIFF): their size and pages, and each page shown as
//! a PNG no wider than the screen asks for.
//!
//! A phone photo or a scanner's output can be enormous (a 200-megapixel panorama is 600 MB of
//! pixels). Such an image is shrunk while it is decoded, never held whole: a JPEG is decoded at
//! 1/2, 1/4 or 1/8 of its size by its own transform; a PNG is read row by row into a
//! box-filtered smaller image. A TIFF page is decoded whole only up to a limit.

use image::metadata::Orientation;
use image::{DynamicImage, GrayImage, ImageBuffer, Luma, LumaA, Rgb, RgbImage, Rgba};
use std::io::Cursor;
use wayfinder_core::Media;

/// The largest TIFF page decoded whole, in bytes of pixels.
const TIFF_LIMIT: usize = 256 * 1024 * 1024;
/// The largest image accepted at all, in pixels: beyond what any scanner or camera makes.
const MAX_PIXELS: u64 = 1_000_000_000;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    #[error("the image is damaged or cut short")]
    Damaged,
    #[error("the image is too large to show")]
    TooLarge,
    #[error("this kind of image is not supported yet")]
    Unsupported,
    #[error("the page does not exist")]
    NoSuchPage,
}

wayfinder_core::error_codes! {
    ImageError {
        ImageError::Damaged => "image-damaged",
        ImageError::TooLarge => "image-too-large",
        ImageError::Unsupported => "image-unsupported",
        ImageError::NoSuchPage => "image-no-such-page",
    }
}

/// An image's size in pixels and how many pages it has (a TIFF can have many).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageInfo {
    pub width: u32,
    pub height: u32,
    pub pages: u32,
}

/// Reads an image's header (and a TIFF's directory of pages), not its pixels.
pub fn info(media: Media, bytes: &[u8]) -> Result<ImageInfo, ImageError> {
    let info = match media {
        Media::Jpeg => {
            let mut decoder = jpeg_decoder::Decoder::new(bytes);
            decoder.read_info().map_err(|_| ImageError::Damaged)?;
            let info = decoder.info().ok_or(ImageError::Damaged)?;
            ImageInfo {
                width: u32::from(info.width),
                height: u32::from(info.height),
                pages: 1,
            }
        }
        Media::Png => {
            let decoder = png::Decoder::new(Cursor::new(bytes));
            let reader = decoder.read_info().map_err(|_| ImageError::Damaged)?;
            let info = reader.info();
            ImageInfo {
                width: info.width,
                height: info.height,
                pages: 1,
            }
        }
        Media::Tiff => {
            let mut decoder =
                tiff::decoder::Decoder::new(Cursor::new(bytes)).map_err(|_| ImageError::Damaged)?;
            let (width, height) = decoder.dimensions().map_err(|_| ImageError::Damaged)?;
            let mut pages = 1;
            while decoder.more_images() {
                decoder.next_image().map_err(|_| ImageError::Damaged)?;
                pages += 1;
                if pages > 10_000 {
                    return Err(ImageError::Damaged);
                }
            }
            ImageInfo {
                width,
                height,
                pages,
            }
        }
        Media::Pdf | Media::Dicom => return Err(ImageError::Unsupported),
    };
    if info.width == 0 || info.height == 0 {
        return Err(ImageError::Damaged);
    }
    if u64::from(info.width) * u64::from(info.height) > MAX_PIXELS {
        return Err(ImageError::TooLarge);
    }
    Ok(info)
}

/// Decodes page `page` (0-based) no wider than `max_width`, turned upright as its camera
/// said, and encodes it as PNG in memory.
pub fn render(
    media: Media,
    bytes: &[u8],
    page: u32,
    max_width: u32,
) -> Result<Vec<u8>, ImageError> {
    let max_width = max_width.clamp(16, 8192);
    let image = decode(media, bytes, page, max_width)?;
    let image = if image.width() > max_width {
        let height = (u64::from(image.height()) * u64::from(max_width) / u64::from(image.width()))
            .max(1) as u32;
        image.resize_exact(max_width, height, image::imageops::FilterType::Triangle)
    } else {
        image
    };
    let mut out = Vec::new();
    let encoder = image::codecs::png::PngEncoder::new_with_quality(
        &mut out,
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Adaptive,
    );
    image
        .write_with_encoder(encoder)
        .map_err(|_| ImageError::Damaged)?;
    Ok(out)
}

/// Decodes page `page` (0-based) in grey, turned upright as its camera said, its longest side
/// at most `max_side`: a page as the text reader is given it.
pub fn gray(media: Media, bytes: &[u8], page: u32, max_side: u32) -> Result<GrayImage, ImageError> {
    let max_side = max_side.clamp(16, 16_384);
    let image = decode(media, bytes, page, max_side)?;
    let (w, h) = (image.width(), image.height());
    let long = w.max(h);
    let image = if long > max_side {
        let scale = f64::from(max_side) / f64::from(long);
        let nw = ((f64::from(w) * scale).round() as u32).max(1);
        let nh = ((f64::from(h) * scale).round() as u32).max(1);
        image.resize_exact(nw, nh, image::imageops::FilterType::Triangle)
    } else {
        image
    };
    Ok(image.into_luma8())
}

/// Decodes the whole image at a small size, which finds a damaged or truncated file at import
/// without the cost of decoding it at full size.
pub fn check(media: Media, bytes: &[u8]) -> Result<ImageInfo, ImageError> {
    let info = info(media, bytes)?;
    decode(media, bytes, 0, 256)?;
    Ok(info)
}

fn decode(
    media: Media,
    bytes: &[u8],
    page: u32,
    max_width: u32,
) -> Result<DynamicImage, ImageError> {
    match media {
        Media::Jpeg => {
            if page != 0 {
                return Err(ImageError::NoSuchPage);
            }
            decode_jpeg(bytes, max_width)
        }
        Media::Png => {
            if page != 0 {
                return Err(ImageError::NoSuchPage);
            }
            decode_png(bytes, max_width)
        }
        Media::Tiff => decode_tiff(bytes, page),
        Media::Pdf | Media::Dicom => Err(ImageError::Unsupported),
    }
}

fn decode_jpeg(bytes: &[u8], max_width: u32) -> Result<DynamicImage, ImageError> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.read_info().map_err(|_| ImageError::Damaged)?;
    let info = decoder.info().ok_or(ImageError::Damaged)?;
    if u64::from(info.width) * u64::from(info.height) > MAX_PIXELS {
        return Err(ImageError::TooLarge);
    }
    // The decoder picks the smallest of 1/8, 1/4, 1/2 and 1 that is at least this big.
    let wanted_w = max_width.min(u32::from(info.width)) as u16;
    let wanted_h = (u64::from(info.height) * u64::from(wanted_w) / u64::from(info.width).max(1))
        .clamp(1, u64::from(u16::MAX)) as u16;
    let (width, height) = decoder
        .scale(wanted_w, wanted_h)
        .map_err(|_| ImageError::Damaged)?;
    let pixels = decoder.decode().map_err(|_| ImageError::Damaged)?;
    let info = decoder.info().ok_or(ImageError::Damaged)?;
    let (w, h) = (u32::from(width), u32::from(height));
    let image = match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => {
            GrayImage::from_raw(w, h, pixels).map(DynamicImage::ImageLuma8)
        }
        jpeg_decoder::PixelFormat::L16 => {
            let values: Vec<u16> = pixels
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            ImageBuffer::<Luma<u16>, _>::from_raw(w, h, values).map(DynamicImage::ImageLuma16)
        }
        jpeg_decoder::PixelFormat::RGB24 => {
            RgbImage::from_raw(w, h, pixels).map(DynamicImage::ImageRgb8)
        }
        jpeg_decoder::PixelFormat::CMYK32 => {
            // Adobe's CMYK JPEGs store inverted values; this is the usual naive conversion.
            let rgb: Vec<u8> = pixels
                .chunks_exact(4)
                .flat_map(|p| {
                    let k = u16::from(p[3]);
                    [0, 1, 2].map(|i| (u16::from(p[i]) * k / 255) as u8)
                })
                .collect();
            RgbImage::from_raw(w, h, rgb).map(DynamicImage::ImageRgb8)
        }
    }
    .ok_or(ImageError::Damaged)?;
    let mut image = image;
    if let Some(orientation) = decoder.exif_data().and_then(Orientation::from_exif_chunk) {
        image.apply_orientation(orientation);
    }
    Ok(image)
}

fn decode_png(bytes: &[u8], max_width: u32) -> Result<DynamicImage, ImageError> {
    let mut decoder =
        png::Decoder::new_with_limits(Cursor::new(bytes), png::Limits { bytes: TIFF_LIMIT });
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|_| ImageError::Damaged)?;
    let (width, height, interlaced) = {
        let info = reader.info();
        (info.width, info.height, info.interlaced)
    };
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(ImageError::TooLarge);
    }
    let (color, _) = reader.output_color_type();
    let channels = match color {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        png::ColorType::Indexed => return Err(ImageError::Unsupported),
    };
    // Every `step` rows and columns become one pixel; an interlaced image comes in passes, so
    // it is read whole (the byte limit above still holds).
    let step = if interlaced {
        1
    } else {
        // At least `max_width` wide after the box filter; the last step to it is a resize.
        (width / max_width).max(1)
    };
    let out_w = width.div_ceil(step);
    let out_h = height.div_ceil(step);
    let mut sums = vec![0u32; out_w as usize * channels];
    let mut counts = vec![0u32; out_w as usize];
    let mut out = Vec::with_capacity(out_w as usize * out_h as usize * channels);
    let mut rows_in_band = 0;
    if interlaced {
        let size = reader.output_buffer_size().ok_or(ImageError::TooLarge)?;
        let mut buffer = vec![0u8; size];
        reader
            .next_frame(&mut buffer)
            .map_err(|_| ImageError::Damaged)?;
        out = buffer;
    } else {
        for _ in 0..height {
            let row = reader
                .next_row()
                .map_err(|_| ImageError::Damaged)?
                .ok_or(ImageError::Damaged)?;
            let data = row.data();
            for x in 0..width as usize {
                let target = x / step as usize;
                counts[target] += 1;
                for c in 0..channels {
                    sums[target * channels + c] +=
                        u32::from(*data.get(x * channels + c).ok_or(ImageError::Damaged)?);
                }
            }
            rows_in_band += 1;
            if rows_in_band == step {
                flush_band(&mut sums, &mut counts, channels, &mut out);
                rows_in_band = 0;
            }
        }
        if rows_in_band > 0 {
            flush_band(&mut sums, &mut counts, channels, &mut out);
        }
    }
    let image = match channels {
        1 => GrayImage::from_raw(out_w, out_h, out).map(DynamicImage::ImageLuma8),
        2 => {
            ImageBuffer::<LumaA<u8>, _>::from_raw(out_w, out_h, out).map(DynamicImage::ImageLumaA8)
        }
        3 => RgbImage::from_raw(out_w, out_h, out).map(DynamicImage::ImageRgb8),
        _ => ImageBuffer::<Rgba<u8>, _>::from_raw(out_w, out_h, out).map(DynamicImage::ImageRgba8),
    };
    image.ok_or(ImageError::Damaged)
}

fn flush_band(sums: &mut [u32], counts: &mut [u32], channels: usize, out: &mut Vec<u8>) {
    for (x, count) in counts.iter_mut().enumerate() {
        for c in 0..channels {
            let sum = &mut sums[x * channels + c];
            out.push((*sum / (*count).max(1)) as u8);
            *sum = 0;
        }
        *count = 0;
    }
}

fn decode_tiff(bytes: &[u8], page: u32) -> Result<DynamicImage, ImageError> {
    let mut limits = tiff::decoder::Limits::default();
    limits.decoding_buffer_size = TIFF_LIMIT;
    let mut decoder = tiff::decoder::Decoder::new(Cursor::new(bytes))
        .map_err(|_| ImageError::Damaged)?
        .with_limits(limits);
    decoder
        .seek_to_image(page as usize)
        .map_err(|_| ImageError::NoSuchPage)?;
    let (w, h) = decoder.dimensions().map_err(|_| ImageError::Damaged)?;
    let color = decoder.colortype().map_err(|_| ImageError::Damaged)?;
    let pixels = decoder.read_image().map_err(|e| match e {
        tiff::TiffError::LimitsExceeded => ImageError::TooLarge,
        tiff::TiffError::UnsupportedError(_) => ImageError::Unsupported,
        _ => ImageError::Damaged,
    })?;
    use tiff::ColorType as T;
    use tiff::decoder::DecodingResult as D;
    let image = match (color, pixels) {
        (T::Gray(8), D::U8(p)) => GrayImage::from_raw(w, h, p).map(DynamicImage::ImageLuma8),
        (T::Gray(1), D::U8(p)) => {
            // Bilevel fax scans: eight pixels a byte, each row padded to a byte.
            let row = w.div_ceil(8) as usize;
            let grey: Vec<u8> = (0..h as usize)
                .flat_map(|y| {
                    let p = &p;
                    (0..w as usize).map(move |x| {
                        let byte = p.get(y * row + x / 8).copied().unwrap_or(0);
                        if byte & (0x80 >> (x % 8)) != 0 {
                            255
                        } else {
                            0
                        }
                    })
                })
                .collect();
            GrayImage::from_raw(w, h, grey).map(DynamicImage::ImageLuma8)
        }
        (T::Gray(16), D::U16(p)) => {
            ImageBuffer::<Luma<u16>, _>::from_raw(w, h, p).map(DynamicImage::ImageLuma16)
        }
        (T::RGB(8), D::U8(p)) => RgbImage::from_raw(w, h, p).map(DynamicImage::ImageRgb8),
        (T::RGBA(8), D::U8(p)) => {
            ImageBuffer::<Rgba<u8>, _>::from_raw(w, h, p).map(DynamicImage::ImageRgba8)
        }
        (T::RGB(16), D::U16(p)) => {
            ImageBuffer::<Rgb<u16>, _>::from_raw(w, h, p).map(DynamicImage::ImageRgb16)
        }
        _ => return Err(ImageError::Unsupported),
    };
    image.ok_or(ImageError::Damaged)
}
