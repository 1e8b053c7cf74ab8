//! A real SMTP server for the mail tests: `tests/smtp/server.py` (aiosmtpd) run as its own
//! process on a free port, writing what it accepts to a Maildir the test reads back.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use mailparse::MailHeaderMap;
use pfp::config::{Settings, SmtpUrl};

/// Fails the test with the fix when Python or aiosmtpd is missing.
fn require_aiosmtpd() {
    static CHECKED: OnceLock<Result<(), String>> = OnceLock::new();
    let result = CHECKED.get_or_init(|| {
        match Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .output()
        {
            Ok(out) if out.status.success() => Ok(()),
            Ok(out) => Err(format!(
                "the mail tests run a real SMTP server and need aiosmtpd: pip install aiosmtpd\n{}",
                String::from_utf8_lossy(&out.stderr)
            )),
            Err(e) => Err(format!(
                "the mail tests need python3 with aiosmtpd (pip install aiosmtpd): {e}"
            )),
        }
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// How the server should behave.
#[derive(Debug, Clone, Default)]
pub struct SmtpOptions {
    /// Addresses refused for good (550).
    pub reject: Vec<String>,
    /// The first N recipients are refused for now (451).
    pub tempfail_first: u32,
}

/// A running SMTP server; killed when dropped.
pub struct SmtpServer {
    /// Port it listens on (127.0.0.1).
    pub port: u16,
    maildir: tempfile::TempDir,
    options: SmtpOptions,
    child: Option<Child>,
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

impl SmtpServer {
    /// Starts a server that accepts everything.
    pub fn start() -> SmtpServer {
        SmtpServer::start_with(SmtpOptions::default())
    }

    /// Starts a server with the given behaviour.
    pub fn start_with(options: SmtpOptions) -> SmtpServer {
        let mut server = SmtpServer::down(options);
        server.restart();
        server
    }

    /// A server not yet running: its port is chosen and nothing listens there (an SMTP
    /// server that is down). `restart` brings it up on that port.
    pub fn down(options: SmtpOptions) -> SmtpServer {
        require_aiosmtpd();
        SmtpServer {
            port: free_port(),
            maildir: tempfile::tempdir().expect("temporary folder"),
            options,
            child: None,
        }
    }

    /// `smtp://127.0.0.1:<port>`
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Starts (again) on the same port and Maildir; returns once it accepts connections.
    pub fn restart(&mut self) {
        self.stop();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/smtp/server.py");
        let mut cmd = Command::new("python3");
        cmd.arg(script)
            .args(["--port", &self.port.to_string()])
            .arg("--maildir")
            .arg(self.maildir.path())
            .args(["--tempfail-first", &self.options.tempfail_first.to_string()])
            .stdout(Stdio::null());
        for a in &self.options.reject {
            cmd.args(["--reject", a]);
        }
        let mut child = cmd.spawn().expect("python3 starts the SMTP server");
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            if let Ok(Some(status)) = child.try_wait() {
                panic!("the SMTP server exited at start ({status}); is aiosmtpd installed?");
            }
            assert!(Instant::now() < deadline, "the SMTP server did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        self.child = Some(child);
    }

    /// Kills the server (nothing listens on the port until `restart`).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every message received so far.
    pub fn received(&self) -> Vec<Received> {
        let new: PathBuf = self.maildir.path().join("new");
        let Ok(dir) = std::fs::read_dir(new) else {
            return Vec::new();
        };
        dir.filter_map(Result::ok)
            .filter_map(|e| std::fs::read(e.path()).ok())
            .map(|raw| Received { raw })
            .collect()
    }

    /// Waits until at least `n` messages arrived (panics after `timeout`), then a little
    /// longer to catch any message that should not come; returns them all.
    pub async fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Received> {
        let deadline = Instant::now() + timeout;
        loop {
            let got = self.received().len();
            if got >= n {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "{got} of {n} messages arrived within {timeout:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        self.received()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A message as the SMTP server received it.
#[derive(Clone)]
pub struct Received {
    /// The bytes that arrived.
    pub raw: Vec<u8>,
}

impl Received {
    fn parsed(&self) -> mailparse::ParsedMail<'_> {
        mailparse::parse_mail(&self.raw).expect("a parsable message")
    }

    /// A header, decoded (`None` if absent).
    pub fn header(&self, name: &str) -> Option<String> {
        self.parsed().headers.get_first_value(name)
    }

    /// MIME type of the whole message.
    pub fn mime_type(&self) -> String {
        self.parsed().ctype.mimetype
    }

    /// The decoded body of the first part of type `mime`.
    pub fn part(&self, mime: &str) -> Option<String> {
        fn find(p: &mailparse::ParsedMail<'_>, mime: &str) -> Option<String> {
            if p.subparts.is_empty() {
                return (p.ctype.mimetype == mime)
                    .then(|| p.get_body().ok())
                    .flatten();
            }
            p.subparts.iter().find_map(|s| find(s, mime))
        }
        find(&self.parsed(), mime)
    }

    /// Message-ID header.
    pub fn message_id(&self) -> String {
        self.header("Message-ID").expect("a Message-ID")
    }
}

/// Message-IDs received more than once.
pub fn duplicates(received: &[Received]) -> Vec<String> {
    let mut ids: Vec<String> = received.iter().map(Received::message_id).collect();
    ids.sort();
    let mut dups: Vec<String> = ids
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0].clone())
        .collect();
    dups.dedup();
    dups
}

/// Settings that send the app's mail to `server` (public links keep the default base URL).
pub fn smtp(server: &SmtpServer) -> impl FnOnce(&mut Settings) + use<> {
    let url = server.url();
    move |s: &mut Settings| {
        s.mail.smtp_url = Some(SmtpUrl::parse(&url).expect("SMTP URL"));
    }
}

/// [`smtp`], with the public links in mails on `base_url`.
pub fn smtp_at(server: &SmtpServer, base_url: &'static str) -> impl FnOnce(&mut Settings) + use<> {
    let to_server = smtp(server);
    move |s: &mut Settings| {
        to_server(s);
        s.base_url = base_url.into();
    }
}
