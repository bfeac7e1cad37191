//! Pages of known text in the six languages, printed by Typst in the report fonts, drawn by
//! PDFium at 300 dpi, and made to look like what families send: skewed, blurred, noisy, saved
//! as JPEG, photographed sideways or upside down. The tests and benchmarks of reading scans
//! read them back and count the characters read wrong.

use image::GrayImage;
use wayfinder_pdf::PdfEngine;

/// Known text in each language (ISO 639-1): a letter a family might send, written here.
pub const SPECIMENS: [(&str, &str); 6] = [
    (
        "en",
        "Discharge summary\n\nThe patient, a seven year old girl, was admitted with headache and vomiting. MRI showed a mass in the posterior fossa. She underwent resection on 12 March 2025.\n\nHistology confirmed medulloblastoma, classic type. She started craniospinal radiotherapy followed by vincristine and cisplatin.",
    ),
    (
        "es",
        "Informe de alta\n\nLa paciente, una niña de siete años, ingresó por cefalea y vómitos. La resonancia mostró una masa en la fosa posterior. Fue operada el 12 de marzo de 2025.\n\nLa histología confirmó un meduloblastoma clásico. Inició radioterapia craneoespinal seguida de vincristina y cisplatino.",
    ),
    (
        "fr",
        "Compte rendu d'hospitalisation\n\nLa patiente, une fillette de sept ans, a été admise pour céphalées et vomissements. L'IRM a montré une masse de la fosse postérieure. Elle a été opérée le 12 mars 2025.\n\nL'histologie a confirmé un médulloblastome classique. Elle a commencé une radiothérapie suivie de vincristine.",
    ),
    (
        "ar",
        "ملخص الخروج من المستشفى\n\nأدخلت المريضة وهي طفلة في السابعة من عمرها بسبب صداع وقيء. أظهر التصوير بالرنين المغناطيسي كتلة في الحفرة الخلفية. أجريت لها عملية جراحية.\n\nأكد الفحص النسيجي وجود ورم أرومي نخاعي. بدأت العلاج الإشعاعي ثم العلاج الكيميائي.",
    ),
    (
        "zh",
        "出院小结\n\n患儿，女，七岁，因头痛和呕吐入院。磁共振检查显示后颅窝肿块。于二零二五年三月十二日行肿瘤切除术。\n\n病理检查证实为经典型髓母细胞瘤。术后开始全脑全脊髓放疗，随后进行长春新碱和顺铂化疗。",
    ),
    (
        "ru",
        "Выписной эпикриз\n\nПациентка, девочка семи лет, поступила с головной болью и рвотой. МРТ выявила опухоль задней черепной ямки. Операция проведена 12 марта 2025 года.\n\nГистология подтвердила классическую медуллобластому. Начата краниоспинальная лучевая терапия, затем винкристин и цисплатин.",
    ),
];

/// A Russian letter with the English names of its drugs: read in two languages at once.
pub const MIXED: (&str, &str) = (
    "ru",
    "Назначения\n\nВинкристин (Vincristine) 1,5 мг/м2 еженедельно. Цисплатин (Cisplatin) 75 мг/м2. Ломустин (Lomustine) 75 мг/м2 в первый день цикла.",
);

/// The page of `text` set in `language`, drawn in grey at 300 dpi.
pub fn page(engine: &PdfEngine, text: &str, language: &str) -> GrayImage {
    let fonts = wayfinder_reports::Fonts::load(&wayfinder_reports::font_dir())
        .unwrap_or_else(|e| panic!("{e}"));
    let pdf =
        wayfinder_reports::specimen_pdf(&fonts, text, language).unwrap_or_else(|e| panic!("{e}"));
    let (doc, _) = engine.open(pdf, None).unwrap_or_else(|e| panic!("{e}"));
    let image = engine
        .render_gray(doc, 0, 300.0, 5000)
        .unwrap_or_else(|e| panic!("{e}"));
    engine.close(doc);
    image
}

/// What a page goes through to look scanned or photographed.
#[derive(Clone, Copy, Debug, Default)]
pub struct Wear {
    /// Turned by this many degrees, clockwise (a sheet fed askew).
    pub skew: f32,
    /// Gaussian blur of this sigma, in pixels (a phone's focus).
    pub blur: f32,
    /// Noise of up to this many grey levels either way (a scanner's grain).
    pub noise: u8,
    /// Saved as a JPEG of this quality (1 to 100), if set.
    pub jpeg: Option<u8>,
    /// Then turned by a quarter turns clockwise (a phone held sideways, a page upside down).
    pub quarter_turns: u8,
}

impl Wear {
    /// A page fed slightly askew, a little blurred and grainy, saved as JPEG.
    pub const SCANNED: Wear = Wear {
        skew: 1.5,
        blur: 0.8,
        noise: 24,
        jpeg: Some(60),
        quarter_turns: 0,
    };
}

/// `page` after `wear`, deterministic for the same input.
pub fn worn(page: &GrayImage, wear: Wear) -> GrayImage {
    let mut image = if wear.skew == 0.0 {
        page.clone()
    } else {
        imageproc::geometric_transformations::rotate_about_center(
            page,
            wear.skew.to_radians(),
            imageproc::geometric_transformations::Interpolation::Bilinear,
            image::Luma([255]),
        )
    };
    if wear.blur > 0.0 {
        image = image::imageops::blur(&image, wear.blur);
    }
    if wear.noise > 0 {
        // A fixed linear congruential sequence: the same grain every run.
        let mut state: u32 = 0x2545_f491;
        let span = u32::from(wear.noise) * 2 + 1;
        for pixel in image.pixels_mut() {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            let delta = ((state >> 16) % span) as i32 - i32::from(wear.noise);
            pixel.0[0] = (i32::from(pixel.0[0]) + delta).clamp(0, 255) as u8;
        }
    }
    if let Some(quality) = wear.jpeg {
        let mut bytes = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality.clamp(1, 100))
            .encode_image(&image)
            .unwrap_or_else(|e| panic!("{e}"));
        image = image::load_from_memory(&bytes)
            .unwrap_or_else(|e| panic!("{e}"))
            .into_luma8();
    }
    for _ in 0..wear.quarter_turns % 4 {
        image = image::imageops::rotate90(&image);
    }
    image
}

/// The image as a JPEG file's bytes (what a phone sends).
pub fn jpeg(image: &GrayImage, quality: u8) -> Vec<u8> {
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality)
        .encode_image(image)
        .unwrap_or_else(|e| panic!("{e}"));
    bytes
}

/// The specimen letter in `language` (ISO 639-1), printed, scanned askew and grainy, as a
/// JPEG photo's bytes at `quality`.
pub fn letter(engine: &PdfEngine, language: &str, quality: u8) -> Vec<u8> {
    let (code, text) = SPECIMENS
        .iter()
        .copied()
        .find(|(code, _)| *code == language)
        .unwrap_or_else(|| panic!("no specimen in {language}"));
    jpeg(&worn(&page(engine, text, code), Wear::SCANNED), quality)
}

/// The character error rate of `read` against `truth`: edits over the truth's characters,
/// white space left out of both (line breaks fall where the reader's lines do, and Chinese
/// has no spaces to count).
pub fn character_error_rate(truth: &str, read: &str) -> f64 {
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let (truth, read) = (squeeze(truth), squeeze(read));
    let length = truth.chars().count().max(1);
    strsim::levenshtein(&truth, &read) as f64 / length as f64
}
