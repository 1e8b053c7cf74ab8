//! Reading the development mailbox: the `.eml` files the file transport writes, listed and
//! parsed for `/dev/mailbox`. Blocking file I/O: call from a blocking task.

use std::path::Path;

use mailparse::{MailHeaderMap, ParsedMail};

/// How many messages the list shows (the newest).
pub const LIST_LIMIT: usize = 200;

/// One message in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailboxEntry {
    /// File name without `.eml`; the message's address is `/dev/mailbox/{name}`.
    pub name: String,
    /// `Date` header as written.
    pub date: String,
    /// `From` header.
    pub from: String,
    /// `To` header.
    pub to: String,
    /// `Subject`, decoded.
    pub subject: String,
    /// `Content-Language`.
    pub lang: String,
}

/// One message, with both parts.
#[derive(Debug, Clone)]
pub struct MailboxMessage {
    /// Headers shown in the list.
    pub entry: MailboxEntry,
    /// `Message-ID` header.
    pub message_id: String,
    /// The text/plain part.
    pub text: Option<String>,
    /// The text/html part.
    pub html: Option<String>,
    /// Files sent along (a meeting's `.ics`…), in the order of the message.
    pub attachments: Vec<MailboxAttachment>,
    /// The file as written.
    pub raw: Vec<u8>,
}

/// A file a message carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailboxAttachment {
    /// Its name (`invite.ics`), or empty when it has none.
    pub filename: String,
    /// Its media type (`text/calendar`).
    pub content_type: String,
    /// Its content, decoded.
    pub body: Vec<u8>,
}

impl MailboxAttachment {
    /// Its size in bytes.
    pub fn size(&self) -> usize {
        self.body.len()
    }
}

/// Why the mailbox could not be read.
#[derive(Debug, thiserror::Error)]
pub enum MailboxError {
    /// The folder or a file could not be read.
    #[error("cannot read the mailbox: {0}")]
    Io(#[from] std::io::Error),
    /// A file is not a readable message.
    #[error("cannot parse a message: {0}")]
    Parse(#[from] mailparse::MailParseError),
}

/// Whether `name` can be a message of the mailbox (letters, digits, `-`): nothing that
/// could step out of the folder.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The newest messages first, at most [`LIST_LIMIT`]; an absent folder is an empty
/// mailbox.
pub fn list(dir: &Path) -> Result<(Vec<MailboxEntry>, usize), MailboxError> {
    let read = match std::fs::read_dir(dir) {
        Ok(r) => r,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), 0)),
        Err(e) => return Err(e.into()),
    };
    let mut names: Vec<String> = read
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".eml")
                .filter(|n| valid_name(n))
                .map(str::to_owned)
        })
        .collect();
    let total = names.len();
    // Names begin with the time the message was queued, so reverse order is newest first.
    names.sort_unstable_by(|a, b| b.cmp(a));
    names.truncate(LIST_LIMIT);
    let mut entries = Vec::with_capacity(names.len());
    for name in names {
        let raw = std::fs::read(dir.join(format!("{name}.eml")))?;
        let (headers, _) = mailparse::parse_headers(&raw)?;
        entries.push(entry(name, &headers));
    }
    Ok((entries, total))
}

/// One message by name; `None` if there is no such message.
pub fn read(dir: &Path, name: &str) -> Result<Option<MailboxMessage>, MailboxError> {
    if !valid_name(name) {
        return Ok(None);
    }
    let raw = match std::fs::read(dir.join(format!("{name}.eml"))) {
        Ok(r) => r,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let (entry, message_id, text, html, attachments) = {
        let parsed = mailparse::parse_mail(&raw)?;
        let mut attachments = Vec::new();
        collect_attachments(&parsed, &mut attachments)?;
        (
            entry(name.to_owned(), &parsed.headers),
            parsed
                .headers
                .get_first_value("Message-ID")
                .unwrap_or_default(),
            part(&parsed, "text/plain"),
            part(&parsed, "text/html"),
            attachments,
        )
    };
    Ok(Some(MailboxMessage {
        entry,
        message_id,
        text,
        html,
        attachments,
        raw,
    }))
}

fn entry(name: String, headers: &[mailparse::MailHeader<'_>]) -> MailboxEntry {
    let get = |k: &str| headers.get_first_value(k).unwrap_or_default();
    MailboxEntry {
        name,
        date: get("Date"),
        from: get("From"),
        to: get("To"),
        subject: get("Subject"),
        lang: get("Content-Language"),
    }
}

/// The parts that are files: marked `attachment`, or carrying a file name.
fn collect_attachments(
    mail: &ParsedMail<'_>,
    out: &mut Vec<MailboxAttachment>,
) -> Result<(), MailboxError> {
    if !mail.subparts.is_empty() {
        for p in &mail.subparts {
            collect_attachments(p, out)?;
        }
        return Ok(());
    }
    let disposition = mail.get_content_disposition();
    let filename = disposition
        .params
        .get("filename")
        .or_else(|| mail.ctype.params.get("name"))
        .cloned();
    if disposition.disposition == mailparse::DispositionType::Attachment || filename.is_some() {
        out.push(MailboxAttachment {
            filename: filename.unwrap_or_default(),
            content_type: mail.ctype.mimetype.clone(),
            body: mail.get_body_raw()?,
        });
    }
    Ok(())
}

/// The first part of type `mime`, decoded, searching nested multiparts.
fn part(mail: &ParsedMail<'_>, mime: &str) -> Option<String> {
    if mail.subparts.is_empty() {
        return (mail.ctype.mimetype == mime)
            .then(|| mail.get_body().ok())
            .flatten();
    }
    mail.subparts.iter().find_map(|p| part(p, mime))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_leave_the_folder() {
        assert!(valid_name("20261129T093000-0000000001"));
        for bad in ["", "../pfp", "a/b", "x.eml", "a b", &"9".repeat(65)] {
            assert!(!valid_name(bad), "{bad}");
        }
    }

    #[test]
    fn lists_newest_first_and_reads_both_parts() {
        let dir = tempfile::tempdir().unwrap();
        let eml = |subject: &str| {
            format!(
                "From: a@example.org\r\nTo: b@example.org\r\nSubject: {subject}\r\n\
                 Message-ID: <m@example.org>\r\nMIME-Version: 1.0\r\n\
                 Content-Type: multipart/alternative; boundary=\"XX\"\r\n\r\n\
                 --XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain words\r\n\
                 --XX\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>html words</p>\r\n\
                 --XX--\r\n"
            )
        };
        std::fs::write(
            dir.path().join("20261129T090000-0000000001.eml"),
            eml("old"),
        )
        .unwrap();
        std::fs::write(
            dir.path().join("20261129T100000-0000000002.eml"),
            eml("new"),
        )
        .unwrap();
        std::fs::write(dir.path().join(".tmp-file.tmp"), "ignored").unwrap();

        let (entries, total) = list(dir.path()).unwrap();
        assert_eq!(total, 2);
        assert_eq!(entries[0].subject, "new");
        let m = read(dir.path(), &entries[1].name).unwrap().unwrap();
        assert_eq!(m.entry.subject, "old");
        assert_eq!(m.message_id, "<m@example.org>");
        assert_eq!(m.text.as_deref().map(str::trim), Some("plain words"));
        assert_eq!(m.html.as_deref().map(str::trim), Some("<p>html words</p>"));
        assert!(
            read(dir.path(), "20261129T110000-0000000003")
                .unwrap()
                .is_none()
        );
        assert!(list(&dir.path().join("absent")).unwrap().0.is_empty());
    }
}
