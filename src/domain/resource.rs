//! Resources (issue 5, point 6): what a document may be, judged on its bytes; the name it
//! is downloaded under; the links accepted. Pure: the routes stream the upload, this
//! module decides.
//!
//! **Types are recognised by content, never by name.** The first bytes must carry the
//! format's signature (`infer`), and the formats that are easy to fake get more care:
//! a PDF must start with `%PDF-` and end with `%%EOF` (an HTML page mentioning `%PDF`
//! does not pass); an office file in a ZIP container (docx, xlsx, pptx, odt, ods, odp)
//! must hold, in its central directory, the parts that make that format (a `.docx` is a
//! ZIP with `[Content_Types].xml` and `word/document.xml`), so an ordinary archive or a
//! Java program is refused; legacy doc/xls/ppt are OLE compound files recognised by the
//! class id of their root entry. Scriptable formats (SVG, HTML) are not accepted at all.

use std::fmt;

/// A document type the platform accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocumentType {
    /// PDF.
    Pdf,
    /// Word (Office Open XML).
    Docx,
    /// Excel (Office Open XML).
    Xlsx,
    /// PowerPoint (Office Open XML).
    Pptx,
    /// OpenDocument text.
    Odt,
    /// OpenDocument spreadsheet.
    Ods,
    /// OpenDocument presentation.
    Odp,
    /// Word 97–2003.
    Doc,
    /// Excel 97–2003.
    Xls,
    /// PowerPoint 97–2003.
    Ppt,
    /// PNG image.
    Png,
    /// JPEG image.
    Jpeg,
    /// GIF image.
    Gif,
    /// WebP image.
    Webp,
}

impl DocumentType {
    /// Every accepted type.
    pub const ALL: &'static [DocumentType] = &[
        DocumentType::Pdf,
        DocumentType::Docx,
        DocumentType::Xlsx,
        DocumentType::Pptx,
        DocumentType::Odt,
        DocumentType::Ods,
        DocumentType::Odp,
        DocumentType::Doc,
        DocumentType::Xls,
        DocumentType::Ppt,
        DocumentType::Png,
        DocumentType::Jpeg,
        DocumentType::Gif,
        DocumentType::Webp,
    ];

    /// The registered media type, sent as `Content-Type` on download.
    pub fn media_type(self) -> &'static str {
        match self {
            DocumentType::Pdf => "application/pdf",
            DocumentType::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            DocumentType::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            DocumentType::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            DocumentType::Odt => "application/vnd.oasis.opendocument.text",
            DocumentType::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            DocumentType::Odp => "application/vnd.oasis.opendocument.presentation",
            DocumentType::Doc => "application/msword",
            DocumentType::Xls => "application/vnd.ms-excel",
            DocumentType::Ppt => "application/vnd.ms-powerpoint",
            DocumentType::Png => "image/png",
            DocumentType::Jpeg => "image/jpeg",
            DocumentType::Gif => "image/gif",
            DocumentType::Webp => "image/webp",
        }
    }

    /// The file name extension (without the dot); also the short label shown ("PDF").
    pub fn extension(self) -> &'static str {
        match self {
            DocumentType::Pdf => "pdf",
            DocumentType::Docx => "docx",
            DocumentType::Xlsx => "xlsx",
            DocumentType::Pptx => "pptx",
            DocumentType::Odt => "odt",
            DocumentType::Ods => "ods",
            DocumentType::Odp => "odp",
            DocumentType::Doc => "doc",
            DocumentType::Xls => "xls",
            DocumentType::Ppt => "ppt",
            DocumentType::Png => "png",
            DocumentType::Jpeg => "jpg",
            DocumentType::Gif => "gif",
            DocumentType::Webp => "webp",
        }
    }

    /// The type stored under `media_type`, if it is one of ours.
    pub fn from_media_type(media_type: &str) -> Option<DocumentType> {
        DocumentType::ALL
            .iter()
            .copied()
            .find(|t| t.media_type() == media_type)
    }
}

impl fmt::Display for DocumentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.extension().to_uppercase())
    }
}

/// The type of a document from its bytes, or `None` if it is not one we accept.
pub fn detect(bytes: &[u8]) -> Option<DocumentType> {
    use infer::{doc, image};
    if bytes.starts_with(b"%PDF-") {
        return is_complete_pdf(bytes).then_some(DocumentType::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return detect_zip_office(bytes);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return if doc::is_doc(bytes) {
            Some(DocumentType::Doc)
        } else if doc::is_xls(bytes) {
            Some(DocumentType::Xls)
        } else if doc::is_ppt(bytes) {
            Some(DocumentType::Ppt)
        } else {
            None
        };
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") && image::is_png(bytes) {
        return Some(DocumentType::Png);
    }
    if image::is_jpeg(bytes) {
        return Some(DocumentType::Jpeg);
    }
    if (bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a")) && image::is_gif(bytes) {
        return Some(DocumentType::Gif);
    }
    if bytes.starts_with(b"RIFF") && image::is_webp(bytes) {
        return Some(DocumentType::Webp);
    }
    // Anything else: HTML, scripts, programs, archives, a PDF signature not at the start.
    None
}

/// A PDF starts with `%PDF-` and carries its end-of-file marker in its last kilobyte.
fn is_complete_pdf(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    tail.windows(5).any(|w| w == b"%%EOF")
}

/// An office document in a ZIP container, told apart by the parts it holds.
fn detect_zip_office(bytes: &[u8]) -> Option<DocumentType> {
    use infer::odf;
    let names = zip_entry_names(bytes)?;
    let has = |n: &str| names.iter().any(|x| x == n);
    if has("[Content_Types].xml") {
        if has("word/document.xml") {
            return Some(DocumentType::Docx);
        }
        if has("xl/workbook.xml") {
            return Some(DocumentType::Xlsx);
        }
        if has("ppt/presentation.xml") {
            return Some(DocumentType::Pptx);
        }
        return None;
    }
    // OpenDocument: an uncompressed `mimetype` entry first (checked by infer), and the
    // content and manifest parts.
    if !(has("mimetype") && has("content.xml") && has("META-INF/manifest.xml")) {
        return None;
    }
    if odf::is_odt(bytes) {
        Some(DocumentType::Odt)
    } else if odf::is_ods(bytes) {
        Some(DocumentType::Ods)
    } else if odf::is_odp(bytes) {
        Some(DocumentType::Odp)
    } else {
        None
    }
}

/// Names in a ZIP file's central directory, or `None` if it is not a well-formed ZIP
/// (no end-of-central-directory record, entries pointing outside the file).
pub fn zip_entry_names(bytes: &[u8]) -> Option<Vec<String>> {
    const EOCD: &[u8] = b"PK\x05\x06";
    const CENTRAL: &[u8] = b"PK\x01\x02";
    // The end record is 22 bytes plus a comment of at most 65,535 bytes.
    let search_from = bytes.len().saturating_sub(22 + 65_535);
    let eocd = (search_from..=bytes.len().checked_sub(22)?)
        .rev()
        .find(|&i| &bytes[i..i + 4] == EOCD)?;
    let u16_at = |i: usize| -> Option<usize> {
        Some(usize::from(u16::from_le_bytes(
            bytes.get(i..i + 2)?.try_into().ok()?,
        )))
    };
    let u32_at = |i: usize| -> Option<usize> {
        usize::try_from(u32::from_le_bytes(bytes.get(i..i + 4)?.try_into().ok()?)).ok()
    };
    let count = u16_at(eocd + 10)?;
    let mut at = u32_at(eocd + 16)?;
    let mut names = Vec::with_capacity(count);
    for _ in 0..count {
        if bytes.get(at..at + 4)? != CENTRAL {
            return None;
        }
        let name_len = u16_at(at + 28)?;
        let extra_len = u16_at(at + 30)?;
        let comment_len = u16_at(at + 32)?;
        let name = bytes.get(at + 46..at + 46 + name_len)?;
        names.push(String::from_utf8_lossy(name).into_owned());
        at += 46 + name_len + extra_len + comment_len;
    }
    Some(names)
}

/// The name a document is downloaded under: the uploaded name's stem, reduced to
/// letters, digits, spaces, `-`, `_` and `.`, at most 80 characters, with the extension
/// of its real type (a PDF uploaded as `x.exe` downloads as `x.pdf`). Never a path.
pub fn safe_file_name(uploaded: &str, kind: DocumentType) -> String {
    // Browsers may send a full path (old Internet Explorer); keep the last part.
    let base = uploaded.rsplit(['/', '\\']).next().unwrap_or("");
    let stem = match base.rfind('.') {
        Some(i) if i > 0 => &base[..i],
        _ => base,
    };
    let mut out = String::new();
    for c in stem.chars() {
        let keep = c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.');
        let c = if keep { c } else { '_' };
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    let trimmed: String = out
        .trim_matches(|c: char| c == '.' || c == ' ' || c == '_')
        .chars()
        .take(80)
        .collect();
    let stem = if trimmed.is_empty() {
        "document"
    } else {
        trimmed.trim_end()
    };
    format!("{stem}.{}", kind.extension())
}

/// The `Content-Disposition` of a download (RFC 6266): `attachment`, an ASCII
/// `filename` for old clients and the exact name as `filename*` (RFC 8187, UTF-8).
pub fn content_disposition(file_name: &str) -> String {
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for b in file_name.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(b));
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// The filters of the library (`/resources?q=&kind=&country=`), parsed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ResourceFilter {
    /// Words to find in title and description (any language, folded).
    pub q: Option<String>,
    /// Kind.
    pub kind: Option<super::ResourceKind>,
    /// A country the resource covers.
    pub country: Option<super::CountryCode>,
}

/// Why a link was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected an absolute http:// or https:// address")]
pub struct InvalidLink;

/// A link resource: an absolute `http` or `https` address with a host, no user name or
/// password, at most 2,000 characters. Returned normalised.
pub fn parse_link(input: &str) -> Result<String, InvalidLink> {
    let v = input.trim();
    if v.is_empty()
        || v.chars().count() > 2000
        || v.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(InvalidLink);
    }
    match url::Url::parse(v) {
        Ok(u)
            if matches!(u.scheme(), "http" | "https")
                && u.host_str().is_some_and(|h| !h.is_empty())
                && u.username().is_empty()
                && u.password().is_none() =>
        {
            Ok(u.to_string())
        }
        _ => Err(InvalidLink),
    }
}

/// A size in bytes as people read it: "820 KB", "3.4 MB" (decimal units, one decimal
/// below 10).
pub fn human_size(bytes: i64) -> String {
    let b = bytes.max(0) as f64;
    if b < 1000.0 {
        return format!("{bytes} B");
    }
    let (v, unit) = if b < 1_000_000.0 {
        (b / 1000.0, "KB")
    } else if b < 1_000_000_000.0 {
        (b / 1_000_000.0, "MB")
    } else {
        (b / 1_000_000_000.0, "GB")
    };
    if v < 10.0 {
        format!("{v:.1} {unit}")
    } else {
        format!("{v:.0} {unit}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal ZIP (stored entries, empty contents) with these names, in order.
    fn zip(names: &[&str], first_content: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let content: &[u8] = if i == 0 { first_content } else { b"" };
            let offset = out.len() as u32;
            out.extend_from_slice(b"PK\x03\x04");
            out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            out.extend_from_slice(&0u32.to_le_bytes()); // crc (not checked)
            out.extend_from_slice(&(content.len() as u32).to_le_bytes());
            out.extend_from_slice(&(content.len() as u32).to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(content);
            central.extend_from_slice(b"PK\x01\x02");
            central.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            central.extend_from_slice(&0u32.to_le_bytes());
            central.extend_from_slice(&(content.len() as u32).to_le_bytes());
            central.extend_from_slice(&(content.len() as u32).to_le_bytes());
            central.extend_from_slice(&(name.len() as u16).to_le_bytes());
            central.extend_from_slice(&[0; 8]);
            central.extend_from_slice(&[0; 4]);
            central.extend_from_slice(&offset.to_le_bytes());
            central.extend_from_slice(name.as_bytes());
        }
        let cd_offset = out.len() as u32;
        out.extend_from_slice(&central);
        out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
        out.extend_from_slice(&(names.len() as u16).to_le_bytes());
        out.extend_from_slice(&(names.len() as u16).to_le_bytes());
        out.extend_from_slice(&(central.len() as u32).to_le_bytes());
        out.extend_from_slice(&cd_offset.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out
    }

    #[test]
    fn a_pdf_must_start_and_end_like_one() {
        assert_eq!(
            detect(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"),
            Some(DocumentType::Pdf)
        );
        assert_eq!(detect(b"%PDF-1.4\n truncated"), None);
        assert_eq!(detect(b"<html><body>%PDF-1.4 %%EOF</body></html>"), None);
        assert_eq!(detect(b"MZ\x90\0\x03\0\0\0 %%EOF"), None);
    }

    #[test]
    fn images_by_signature() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend_from_slice(&[0; 16]);
        assert_eq!(detect(&png), Some(DocumentType::Png));
        assert_eq!(
            detect(b"\xFF\xD8\xFF\xE0\0\x10JFIF"),
            Some(DocumentType::Jpeg)
        );
        assert_eq!(detect(b"GIF89a\x01\0\x01\0"), Some(DocumentType::Gif));
        assert_eq!(detect(b"RIFF\x10\0\0\0WEBPVP8 "), Some(DocumentType::Webp));
        assert_eq!(
            detect(b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"),
            None
        );
    }

    #[test]
    fn office_zips_by_their_parts() {
        let docx = zip(
            &["[Content_Types].xml", "_rels/.rels", "word/document.xml"],
            b"<Types/>",
        );
        assert_eq!(detect(&docx), Some(DocumentType::Docx));
        let xlsx = zip(&["[Content_Types].xml", "xl/workbook.xml"], b"<Types/>");
        assert_eq!(detect(&xlsx), Some(DocumentType::Xlsx));
        let pptx = zip(&["[Content_Types].xml", "ppt/presentation.xml"], b"");
        assert_eq!(detect(&pptx), Some(DocumentType::Pptx));
        let odt = zip(
            &["mimetype", "content.xml", "META-INF/manifest.xml"],
            b"application/vnd.oasis.opendocument.text",
        );
        assert_eq!(detect(&odt), Some(DocumentType::Odt));
        let ods = zip(
            &["mimetype", "content.xml", "META-INF/manifest.xml"],
            b"application/vnd.oasis.opendocument.spreadsheet",
        );
        assert_eq!(detect(&ods), Some(DocumentType::Ods));
        // A plain archive, a Java program, or a docx without its document are refused.
        assert_eq!(detect(&zip(&["readme.txt", "run.sh"], b"hi")), None);
        assert_eq!(
            detect(&zip(&["META-INF/MANIFEST.MF", "Main.class"], b"")),
            None
        );
        assert_eq!(detect(&zip(&["[Content_Types].xml"], b"")), None);
        // Cut short: no central directory.
        assert_eq!(detect(&docx[..docx.len() / 2]), None);
    }

    /// A real OLE compound file whose root storage has class `clsid`.
    fn ole(clsid: &str) -> Vec<u8> {
        use std::io::Write;
        let mut file = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
        file.set_storage_clsid("/", uuid::Uuid::parse_str(clsid).unwrap())
            .unwrap();
        let mut stream = file.create_stream("/WordDocument").unwrap();
        stream.write_all(&[0u8; 4096]).unwrap();
        drop(stream);
        file.flush().unwrap();
        file.into_inner().into_inner()
    }

    #[test]
    fn legacy_office_files_by_their_class() {
        let doc = ole("00020906-0000-0000-c000-000000000046");
        assert_eq!(detect(&doc), Some(DocumentType::Doc));
        let xls = ole("00020820-0000-0000-c000-000000000046");
        assert_eq!(detect(&xls), Some(DocumentType::Xls));
        let ppt = ole("64818d10-4f9b-11cf-86ea-00aa00b929e8");
        assert_eq!(detect(&ppt), Some(DocumentType::Ppt));
        // An installer (MSI) is an OLE file too, of another class.
        let msi = ole("000c1084-0000-0000-c000-000000000046");
        assert_eq!(detect(&msi), None);
    }

    #[test]
    fn ole_files_need_a_known_class() {
        // The OLE signature alone is not a Word document.
        let mut fake = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        fake.extend_from_slice(&[0; 600]);
        assert_eq!(detect(&fake), None);
    }

    #[test]
    fn file_names_are_safe_and_carry_the_real_extension() {
        assert_eq!(
            safe_file_name("Rapport annuel 2010.PDF", DocumentType::Pdf),
            "Rapport annuel 2010.pdf"
        );
        assert_eq!(
            safe_file_name("../../etc/passwd", DocumentType::Pdf),
            "passwd.pdf"
        );
        assert_eq!(
            safe_file_name("C:\\Users\\x\\évaluation.exe", DocumentType::Docx),
            "évaluation.docx"
        );
        assert_eq!(
            safe_file_name("a\"b;c\r\n.png", DocumentType::Png),
            "a_b_c.png"
        );
        assert_eq!(safe_file_name("", DocumentType::Gif), "document.gif");
        assert_eq!(
            safe_file_name(".htaccess", DocumentType::Pdf),
            "htaccess.pdf"
        );
        assert_eq!(
            safe_file_name("移民概况.pdf", DocumentType::Pdf),
            "移民概况.pdf"
        );
    }

    #[test]
    fn content_disposition_has_both_names() {
        assert_eq!(
            content_disposition("Profil migratoire é.pdf"),
            "attachment; filename=\"Profil migratoire _.pdf\"; filename*=UTF-8''Profil%20migratoire%20%C3%A9.pdf"
        );
    }

    #[test]
    fn links_are_http_only() {
        assert_eq!(
            parse_link(" https://www.iom.int/migration-profiles "),
            Ok("https://www.iom.int/migration-profiles".into())
        );
        assert_eq!(
            parse_link("http://example.org"),
            Ok("http://example.org/".into())
        );
        assert_eq!(parse_link("javascript:alert(1)"), Err(InvalidLink));
        assert_eq!(parse_link("ftp://example.org/x"), Err(InvalidLink));
        assert_eq!(parse_link("https://user:pw@example.org/"), Err(InvalidLink));
        assert_eq!(parse_link("example.org"), Err(InvalidLink));
        assert_eq!(parse_link(""), Err(InvalidLink));
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_size(512), "512 B");
        assert_eq!(human_size(2_500), "2.5 KB");
        assert_eq!(human_size(20_000_000), "20 MB");
    }
}
