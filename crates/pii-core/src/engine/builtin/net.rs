//! Network identifiers: IP addresses (parsed by `std::net`), MAC addresses, e-mail addresses and URLs.

use std::net::{Ipv4Addr, Ipv6Addr};

use std::borrow::Cow;

use super::{Cand, Pattern, Score, is_alnum};
use crate::engine::kind::Kind;

pub(super) const EMAIL_SCORE: f32 = 1.0;
pub(super) const URL_SCORE: f32 = 0.9;

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    // Addresses and CIDR blocks (`10.0.0.0/8`); an IPv6 address may carry its zone (`fe80::1%eth0`).
    v.push(Pattern { kind: Kind::Ip, regex: Cow::Borrowed(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?:/\d{1,2})?"), check: ipv4 });
    v.push(Pattern {
        kind: Kind::Ip,
        regex: Cow::Borrowed(
            r"(?:(?:[0-9A-Fa-f]{1,4}|:):[0-9A-Fa-f:]{1,37}(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})?|::)(?:%[0-9A-Za-z_.\-]{1,15})?(?:/\d{1,3})?",
        ),
        check: ipv6,
    });
    v.push(Pattern {
        kind: Kind::Mac,
        regex: Cow::Borrowed(r"[0-9A-Fa-f]{2}(?:[:\-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}"),
        check: mac,
    });
}

fn ascii(s: &[u8]) -> Option<&str> {
    std::str::from_utf8(s).ok()
}

/// The address and the prefix length of a CIDR block (`None` without one), if the prefix is at
/// most `max`.
fn split_prefix(s: &[u8], max: u32) -> Option<(&[u8], Option<u32>)> {
    match s.iter().position(|&b| b == b'/') {
        None => Some((s, None)),
        Some(p) => {
            let bits: u32 = ascii(&s[p + 1..])?.parse().ok()?;
            (bits <= max).then_some((&s[..p], Some(bits)))
        }
    }
}

fn ipv4(c: &Cand<'_>) -> Option<Score> {
    let (s, _) = split_prefix(c.s(), 32)?;
    let addr: Ipv4Addr = ascii(s)?.parse().ok()?;
    // "libfoo==10.8.2.9", "pkg@1.2.3.4", ">=2.0.1.1": a pinned version, not an address.
    let before = &c.text[c.start.saturating_sub(2)..c.start];
    if before.ends_with(b"==") || before.ends_with(b">=") || before.ends_with(b"~=") || before.ends_with(b"@") || before.ends_with(b"^") {
        return None;
    }
    // "0.0.0.0" and the broadcast address are not personal: weak candidates, as in Presidio.
    if addr.is_unspecified() || addr.is_broadcast() {
        return Some(Score::new(0.1, 0.1));
    }
    Some(Score::new(0.6, 0.95))
}

fn ipv6(c: &Cand<'_>) -> Option<Score> {
    let (s, _) = split_prefix(c.s(), 128)?;
    // RFC 4007 section 11: `address%zone` names the interface of an address whose scope is not
    // global (link-local unicast `fe80::/10`, multicast below global scope). A zone after any other
    // address, or one ending in punctuation, leaves the address without it.
    let (s, zone) = match s.iter().position(|&b| b == b'%') {
        Some(p) => (&s[..p], Some(&s[p + 1..])),
        None => (s, None),
    };
    if let Some(zone) = zone {
        let scoped = |a: Ipv6Addr| {
            let first = a.segments()[0];
            first & 0xffc0 == 0xfe80 || first & 0xff00 == 0xff00 && first & 0x000f < 0xe
        };
        let addr: Ipv6Addr = ascii(s)?.parse().ok()?;
        if !zone.last().is_some_and(u8::is_ascii_alphanumeric) || !scoped(addr) {
            return None;
        }
    }
    // The unspecified and loopback addresses name no one: weak candidates, as in Presidio.
    if s == b"::" || s == b"::1" {
        return Some(Score::new(0.1, 0.1));
    }
    // An address does not run on into another colon ("::ffff:256.0.0.1", "2001::db8::1").
    if c.text.get(c.end) == Some(&b':') || c.start > 0 && c.text[c.start - 1] == b':' {
        return None;
    }
    let colons = s.iter().filter(|&&b| b == b':').count();
    let hex = s.iter().filter(|b| b.is_ascii_hexdigit()).count();
    // An embedded IPv4 address ("::ffff:10.0.0.1") stands for the last two groups.
    let embedded = s.contains(&b'.');
    let groups = if embedded { colons + 1 } else { colons };
    // A full address has seven colons; a shorter one must compress with "::" (so "14:51:41" is
    // refused before parsing).
    if colons < 2 || hex < 4 || (groups < 7 && !s.windows(2).any(|w| w == b"::")) {
        return None;
    }
    // A clock time ("12:34:56") is not an address even if it parsed.
    let addr: Ipv6Addr = ascii(s)?.parse().ok()?;
    if addr.is_unspecified() || addr.is_loopback() {
        return None;
    }
    let has_letters = s.iter().any(u8::is_ascii_alphabetic);
    let full = groups == 7 || s.windows(2).any(|w| w == b"::");
    Some(if full && (has_letters || colons >= 4 || embedded) { Score::new(0.85, 0.95) } else { Score::new(0.3, 0.9) })
}

fn mac(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    if s.len() == 17 {
        let sep = s[2];
        if !s.iter().skip(2).step_by(3).all(|&b| b == sep) {
            return None;
        }
    }
    // All-zero and broadcast addresses are not device identifiers.
    let nonzero = s.iter().any(|&b| b.is_ascii_hexdigit() && b != b'0');
    let not_broadcast = s.iter().any(|&b| b.is_ascii_hexdigit() && !b.eq_ignore_ascii_case(&b'f'));
    (nonzero && not_broadcast).then_some(Score::new(0.6, 0.95))
}

/// Local-part bytes of an e-mail address (RFC 5322 dot-atom, without the rarely used specials).
fn local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'\'')
}

/// The e-mail address around the `@` at `at`, if any: local part, `@`, dotted domain with a
/// letters-only top-level label.
pub(super) fn email_around(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut s = at;
    while s > 0 && at - s < 64 && local_byte(b[s - 1]) {
        s -= 1;
    }
    // Trim leading punctuation ("'name@…", ".name@…").
    while s < at && !b[s].is_ascii_alphanumeric() {
        s += 1;
    }
    if s == at || b[at - 1] == b'.' {
        return None;
    }
    // Domain: labels of [A-Za-z0-9-], separated by single dots.
    let mut e = at + 1;
    let mut last_dot = None;
    let mut label_start = e;
    while e < b.len() && e - at < 255 {
        let c = b[e];
        if c.is_ascii_alphanumeric() || c == b'-' {
            e += 1;
        } else if c == b'.' && e > label_start && e + 1 < b.len() && b[e + 1].is_ascii_alphanumeric() {
            last_dot = Some(e);
            e += 1;
            label_start = e;
        } else {
            break;
        }
    }
    let dot = last_dot?;
    let tld = &b[dot + 1..e];
    let tld_ok = tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) || is_a_label(tld);
    if !tld_ok || b[at + 1] == b'-' || b[e - 1] == b'-' {
        return None;
    }
    Some((s, e))
}

/// Whether a domain label is an IDNA A-label (RFC 5890 2.3.2.1): `xn--` and a Punycode payload of
/// letters, digits and hyphens (RFC 3492), as internationalised top-level domains are written in
/// ASCII (`xn--p1ai` for `.рф`).
fn is_a_label(label: &[u8]) -> bool {
    label.len() > 4 && label[..4].eq_ignore_ascii_case(b"xn--") && label[4..].iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
}

/// The URL starting at `i` (`http://`, `https://`, `ftp://` or `www.`), trailing punctuation trimmed.
pub(super) fn url_at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let rest = &b[i..];
    let prefix = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    let body = match rest[0] | 0x20 {
        b'h' if prefix(b"https://") => 8,
        b'h' if prefix(b"http://") => 7,
        b'f' if prefix(b"ftp://") => 6,
        b'w' if prefix(b"www.") => 0,
        _ => return None,
    };
    let mut e = i + body;
    let mut parens = 0i32;
    while e < b.len() && e - i < 2048 {
        let c = b[e];
        if c <= b' ' || matches!(c, b'"' | b'<' | b'>' | b'`' | b'{' | b'}' | b'|' | b'\\' | b'^' | b'\'') {
            break;
        }
        if c == b'(' {
            parens += 1;
        } else if c == b')' {
            if parens == 0 {
                break;
            }
            parens -= 1;
        }
        e += 1;
    }
    while e > i + body && matches!(b[e - 1], b'.' | b',' | b';' | b':' | b'!' | b'?' | b'*') {
        e -= 1;
    }
    // The host needs a dot and a letter after it (or be "localhost"); after `www.` another one, as
    // `www.` is a label of a domain, not its top level (`www.microsoft` names no host).
    let host_end = b[i + body..e].iter().position(|&c| matches!(c, b'/' | b'?' | b'#')).map_or(e, |p| i + body + p);
    let host = &b[i + body..host_end];
    let named = if body == 0 { host.get(4..).unwrap_or_default() } else { host };
    let host_ok = host.eq_ignore_ascii_case(b"localhost")
        || named.iter().rposition(|&c| c == b'.').is_some_and(|d| {
            named.get(d + 1).is_some_and(u8::is_ascii_alphabetic) || named[d + 1..].iter().all(|c| c.is_ascii_digit() || *c == b':')
        });
    if !host_ok || host.first().is_some_and(|&c| !is_alnum(c) && c != b'[') {
        return None;
    }
    Some((i, e))
}
