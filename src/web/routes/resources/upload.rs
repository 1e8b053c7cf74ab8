//! Reading the resource form as it arrives: `multipart/form-data` when a browser sends a
//! document, or url-encoded (a link alone, tools). The CSRF token is checked first
//! (forms carry it as their first field), before anyone is looked up and before a byte
//! of the document is read; the document is then read in chunks and cut off as soon as
//! it passes the size limit.

use actix_multipart::Multipart;
use actix_web::{HttpRequest, web};
use futures_util::StreamExt;

use crate::web::error::AppError;
use crate::web::extract::check_csrf;
use crate::web::session::CSRF_FIELD;

/// Most bytes of one text field (the longest, the description, is 4,000 characters).
const TEXT_FIELD_LIMIT: usize = 64 * 1024;
/// Most bytes of all text fields together, or of an url-encoded body.
const TEXT_TOTAL_LIMIT: usize = 256 * 1024;
/// After a document passes the limit, this much more is read and thrown away, so a
/// browser that is still sending gets the answer instead of a reset connection; a
/// larger upload is cut off there.
const DRAIN_LIMIT: u64 = 8 * 1024 * 1024;

/// The document of a form.
#[derive(Debug)]
pub enum Upload {
    /// No file was chosen.
    None,
    /// A file within the limit.
    File {
        /// The name the browser gave (only its stem is kept, see `safe_file_name`).
        name: String,
        /// Its bytes.
        bytes: Vec<u8>,
    },
    /// A file over the limit: its bytes were not kept.
    TooLarge {
        /// The name the browser gave.
        name: String,
    },
}

/// A form as received.
#[derive(Debug)]
pub struct Received {
    /// Text fields in order (a name may repeat: the countries).
    pub fields: Vec<(String, String)>,
    /// The document.
    pub upload: Upload,
}

impl Received {
    /// The first value of `name`, or "".
    pub fn value(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// Every value of `name`.
    pub fn values(&self, name: &str) -> Vec<String> {
        self.fields
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// A form being read.
pub struct FormReader {
    body: Body,
    fields: Vec<(String, String)>,
    text_bytes: usize,
}

enum Body {
    Multipart(Box<Multipart>),
    /// Url-encoded, read whole.
    Done,
}

fn bad_form() -> AppError {
    AppError::bad("form", "unreadable")
}

impl FormReader {
    /// Reads up to the CSRF token and checks it (and the request's origin). A forged
    /// request ends here with 403, having read nothing but its first small fields.
    pub async fn start(req: &HttpRequest, mut payload: web::Payload) -> Result<Self, AppError> {
        let content_type = req
            .headers()
            .get(actix_web::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        if content_type.starts_with("multipart/form-data") {
            let mut reader = FormReader {
                body: Body::Multipart(Box::new(Multipart::new(req.headers(), payload))),
                fields: Vec::new(),
                text_bytes: 0,
            };
            let token = reader.read_until_csrf().await?;
            check_csrf(req, &token)?;
            return Ok(reader);
        }
        // Url-encoded (or anything else, which then carries no token and is refused).
        let mut body = web::BytesMut::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|_| bad_form())?;
            if body.len() + chunk.len() > TEXT_TOTAL_LIMIT {
                return Err(AppError::bad("form", "too large"));
            }
            body.extend_from_slice(&chunk);
        }
        let fields: Vec<(String, String)> = url::form_urlencoded::parse(&body)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let token = fields
            .iter()
            .find(|(k, _)| k == CSRF_FIELD)
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        check_csrf(req, &token)?;
        Ok(FormReader {
            body: Body::Done,
            fields,
            text_bytes: 0,
        })
    }

    /// Reads text fields until the CSRF token; a file met first (or the end) means no
    /// token, which fails the check.
    async fn read_until_csrf(&mut self) -> Result<String, AppError> {
        let Body::Multipart(mp) = &mut self.body else {
            return Ok(String::new());
        };
        while let Some(field) = mp.next().await {
            let mut field = field.map_err(|_| bad_form())?;
            if is_file(&field) {
                return Ok(String::new());
            }
            let name = field.name().unwrap_or_default().to_owned();
            let value = read_text(&mut field, &mut self.text_bytes).await?;
            if name == CSRF_FIELD {
                return Ok(value);
            }
            self.fields.push((name, value));
        }
        Ok(String::new())
    }

    /// Reads the rest of the form; a document is kept up to `limit` bytes.
    pub async fn finish(mut self, limit: u64) -> Result<Received, AppError> {
        let mut upload = Upload::None;
        if let Body::Multipart(mp) = &mut self.body {
            while let Some(field) = mp.next().await {
                let mut field = field.map_err(|_| bad_form())?;
                if !is_file(&field) {
                    let name = field.name().unwrap_or_default().to_owned();
                    let value = read_text(&mut field, &mut self.text_bytes).await?;
                    self.fields.push((name, value));
                    continue;
                }
                let name = field
                    .content_disposition()
                    .and_then(|cd| cd.get_filename())
                    .unwrap_or_default()
                    .to_owned();
                let (file, cut_off) = read_file(&mut field, limit).await?;
                if !matches!(upload, Upload::None) {
                    // One document per resource: a second file part is not ours.
                    return Err(AppError::bad("file", "more than one file"));
                }
                upload = match file {
                    Some(bytes) if name.is_empty() && bytes.is_empty() => Upload::None,
                    Some(bytes) => Upload::File { name, bytes },
                    None => Upload::TooLarge { name },
                };
                if cut_off {
                    // Past the drain limit: answer now with what was read.
                    break;
                }
            }
        }
        Ok(Received {
            fields: self.fields,
            upload,
        })
    }
}

/// Whether a part is a file input (it has a `filename`, possibly empty).
fn is_file(field: &actix_multipart::Field) -> bool {
    field
        .content_disposition()
        .is_some_and(|cd| cd.get_filename().is_some())
}

async fn read_text(
    field: &mut actix_multipart::Field,
    total: &mut usize,
) -> Result<String, AppError> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.next().await {
        let chunk = chunk.map_err(|_| bad_form())?;
        bytes.extend_from_slice(&chunk);
        if bytes.len() > TEXT_FIELD_LIMIT || *total + bytes.len() > TEXT_TOTAL_LIMIT {
            return Err(AppError::bad("form", "too large"));
        }
    }
    *total += bytes.len();
    String::from_utf8(bytes).map_err(|_| bad_form())
}

/// The file's bytes if within `limit` (else `None`), and whether reading stopped before
/// its end (over the drain limit).
async fn read_file(
    field: &mut actix_multipart::Field,
    limit: u64,
) -> Result<(Option<Vec<u8>>, bool), AppError> {
    let mut bytes = Vec::new();
    let mut seen: u64 = 0;
    while let Some(chunk) = field.next().await {
        let chunk = chunk.map_err(|_| bad_form())?;
        seen += chunk.len() as u64;
        if seen > limit {
            if !bytes.is_empty() {
                bytes = Vec::new(); // nothing over the limit is kept
            }
            if seen > limit + DRAIN_LIMIT {
                tracing::info!(limit, "upload over the limit cut off");
                return Ok((None, true));
            }
            continue;
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(((seen <= limit).then_some(bytes), false))
}
