//! Plain text with safe links: user text (questions, answers, updates) is escaped as a
//! whole, and only `http://` and `https://` addresses become links, marked
//! `rel="nofollow ugc noopener"` so they pass no ranking and cannot reach back into the
//! page. Templates write user text through [`html`] and nothing else with `|safe`.

/// Escapes `text` for HTML and turns each http(s) address in it into a link.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(start) = next_url_start(rest) {
        let (before, from) = rest.split_at(start);
        escape_into(&mut out, before);
        let len = url_len(from);
        let candidate = &from[..len];
        match url::Url::parse(candidate) {
            Ok(u) if u.host_str().is_some_and(|h| !h.is_empty()) => {
                out.push_str("<a href=\"");
                escape_into(&mut out, candidate);
                out.push_str("\" rel=\"nofollow ugc noopener\">");
                escape_into(&mut out, candidate);
                out.push_str("</a>");
            }
            _ => escape_into(&mut out, candidate),
        }
        rest = &from[len..];
    }
    escape_into(&mut out, rest);
    out
}

/// Byte offset of the next `http://` or `https://` that starts a word.
fn next_url_start(s: &str) -> Option<usize> {
    let lower = s.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find("http").map(|i| i + from) {
        let tail = &lower[i..];
        let scheme = tail.starts_with("http://") || tail.starts_with("https://");
        let at_word_start = s[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '/' && c != '@');
        if scheme && at_word_start {
            return Some(i);
        }
        from = i + 4;
    }
    None
}

/// Length in bytes of the address starting `s`: up to white space or a character that
/// cannot be part of one, without trailing punctuation (a closing bracket is kept when
/// the address opened one).
fn url_len(s: &str) -> usize {
    let mut end = s
        .char_indices()
        .find(|(_, c)| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"'))
        .map_or(s.len(), |(i, _)| i);
    while let Some(last) = s[..end].chars().next_back() {
        let trim = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' => true,
            ')' => s[..end].matches('(').count() < s[..end].matches(')').count(),
            ']' => s[..end].matches('[').count() < s[..end].matches(']').count(),
            _ => false,
        };
        if !trim {
            break;
        }
        end -= last.len_utf8();
    }
    end
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::html;

    #[test]
    fn plain_text_is_escaped() {
        assert_eq!(
            html("<script>alert('x')</script> & \"so\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;so&quot;"
        );
    }

    #[test]
    fn http_and_https_addresses_become_links() {
        assert_eq!(
            html("See https://gfmd.org/report."),
            "See <a href=\"https://gfmd.org/report\" rel=\"nofollow ugc noopener\">https://gfmd.org/report</a>."
        );
        assert!(html("http://example.org/a?b=1&c=2").contains(
            "<a href=\"http://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\">"
        ));
    }

    #[test]
    fn other_schemes_stay_text() {
        for s in [
            "javascript:alert(1)",
            "data:text/html,<b>x</b>",
            "ftp://example.org",
            "mailto:a@b.org",
        ] {
            assert!(!html(s).contains("<a "), "{s}");
        }
    }

    #[test]
    fn an_address_cannot_break_out_of_its_attribute() {
        let out = html("https://example.org/\"onmouseover=\"alert(1)");
        assert!(out.starts_with("<a href=\"https://example.org/\" rel="));
        assert!(out.contains("&quot;onmouseover=&quot;alert(1)"));
        let out = html("https://x.org/<img src=x>");
        assert!(out.contains("&lt;img src=x&gt;"));
        assert!(!out.contains("<img"));
    }

    #[test]
    fn brackets_and_punctuation_around_an_address() {
        let out = html("(see https://en.wikipedia.org/wiki/Migration_(human)), then");
        assert!(out.contains("href=\"https://en.wikipedia.org/wiki/Migration_(human)\""));
        assert!(out.ends_with("</a>), then"));
        assert!(html("https://a.org, https://b.org").matches("<a ").count() == 2);
    }

    #[test]
    fn only_whole_words_and_real_hosts_are_linked() {
        assert!(!html("xhttps://a.org").contains("<a "));
        assert!(!html("https://").contains("<a "));
        assert_eq!(html("https:// nothing"), "https:// nothing");
        assert!(html("HTTPS://A.ORG/x").contains("<a href=\"HTTPS://A.ORG/x\""));
    }

    #[test]
    fn text_in_any_script_is_kept() {
        let out = html("انظر https://gfmd.org/ar 看看");
        assert!(out.starts_with("انظر <a "));
        assert!(out.ends_with("</a> 看看"));
    }
}
