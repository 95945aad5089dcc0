//! Surrogates for people, organisations, places and e-mail addresses, drawn from [`super::lists`].
//!
//! Why parts are drawn separately: a document names "Anna Kowalski" once and "Ms Kowalski" or
//! "Anna" later. The given-name surrogate is keyed by the normalised given name alone and the
//! family-name surrogate by the family name alone, so "Anna" alone becomes the given name of Anna
//! Kowalski's surrogate and "Kowalski" alone its family name, without any state shared between the
//! spans. An e-mail local part made of the same names (`anna.kowalski@…`) follows the same draws.

use super::lists::{CITIES, COMPANY_ADJECTIVES, COMPANY_WORDS, DOMAINS, FAMILY_NAMES, GIVEN_NAMES, LEGAL_SUFFIXES, STREET_TYPES, STREETS};
use super::{Keyed, differing};

/// Names are keyed under this type wherever they occur (a person, an e-mail local part).
const NAME: &str = "PERSON";
const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "jr", "sr", "ii", "iii", "iv", "md", "phd"];

/// Lower-case letters and digits of `s`: case, spacing and punctuation do not matter.
pub(crate) fn normalise(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn is_given_name(norm: &str) -> bool {
    GIVEN_NAMES.iter().any(|g| g.eq_ignore_ascii_case(norm))
}

/// A name from `list`, keyed by `norm`, different from it.
fn draw_name(keyed: &Keyed, label: &str, list: &[&'static str], norm: &str) -> &'static str {
    let mut d = keyed.draw(NAME, label, norm);
    for _ in 0..16 {
        let n = d.pick(list);
        if !n.eq_ignore_ascii_case(norm) {
            return n;
        }
    }
    list.iter().copied().find(|n| !n.eq_ignore_ascii_case(norm)).unwrap_or("Taylor")
}

pub(crate) fn given(keyed: &Keyed, norm: &str) -> &'static str {
    draw_name(keyed, "given", GIVEN_NAMES, norm)
}

pub(crate) fn family(keyed: &Keyed, norm: &str) -> &'static str {
    draw_name(keyed, "family", FAMILY_NAMES, norm)
}

/// `surrogate` in the case style of `original` (all upper, all lower, or as listed).
fn styled(surrogate: &str, original: &str) -> String {
    let letters = || original.chars().filter(|c| c.is_alphabetic());
    if letters().count() > 1 && letters().all(char::is_uppercase) {
        surrogate.to_uppercase()
    } else if letters().count() > 0 && letters().all(char::is_lowercase) {
        surrogate.to_lowercase()
    } else {
        surrogate.to_owned()
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Given,
    Family,
}

/// One name token (`Kowalski,`, `J.`, `Smith-Jones`) replaced, its punctuation kept.
fn name_token(keyed: &Keyed, token: &str, role: Role) -> String {
    let core_start = token.find(char::is_alphanumeric).unwrap_or(token.len());
    let core_end = token.rfind(char::is_alphanumeric).map_or(core_start, |i| i + token[i..].chars().next().map_or(1, char::len_utf8));
    let (lead, core, trail) = (&token[..core_start], &token[core_start..core_end], &token[core_end..]);
    let mut out = String::from(lead);
    for (i, part) in core.split('-').enumerate() {
        if i > 0 {
            out.push('-');
        }
        let norm = normalise(part);
        let sur = match role {
            Role::Given => given(keyed, &norm),
            Role::Family => family(keyed, &norm),
        };
        if part.chars().count() == 1 {
            // An initial: the initial of the surrogate of that letter.
            out.push_str(&styled(&sur[..1], part));
        } else {
            out.push_str(&styled(sur, part));
        }
    }
    out.push_str(trail);
    out
}

/// A person's surrogate: the same number of parts, titles kept, given and family names drawn apart.
pub(crate) fn person(keyed: &Keyed, value: &str) -> String {
    let tokens: Vec<&str> = value.split_whitespace().collect();
    let is_title = |t: &str| TITLES.contains(&normalise(t).as_str());
    let names: Vec<usize> = (0..tokens.len()).filter(|&i| !is_title(tokens[i]) && !normalise(tokens[i]).is_empty()).collect();
    if names.is_empty() {
        return super::shapes::same_classes(keyed, "PERSON", value);
    }
    // "Kowalski, Anna": the family name first.
    let comma_form = names.len() >= 2 && tokens[names[0]].ends_with(',');
    let roles: Vec<Role> = names
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            if names.len() == 1 {
                if is_given_name(&normalise(tokens[i])) { Role::Given } else { Role::Family }
            } else if comma_form {
                if k == 0 { Role::Family } else { Role::Given }
            } else if k == names.len() - 1 {
                Role::Family
            } else {
                Role::Given
            }
        })
        .collect();
    // Rebuild the value keeping its whitespace exactly.
    let mut out = String::with_capacity(value.len() + 8);
    let mut rest = value;
    let mut k = 0;
    for (i, token) in tokens.iter().enumerate() {
        let at = rest.find(token).unwrap_or(0);
        out.push_str(&rest[..at]);
        if names.get(k) == Some(&i) {
            out.push_str(&name_token(keyed, token, roles[k]));
            k += 1;
        } else {
            out.push_str(token);
        }
        rest = &rest[at + token.len()..];
    }
    out.push_str(rest);
    out
}

/// An e-mail address: a local part made of names follows the names' surrogates; the domain becomes a
/// reserved example domain.
pub(crate) fn email(keyed: &Keyed, value: &str) -> String {
    let Some(at) = value.rfind('@') else { return super::shapes::same_classes(keyed, "EMAIL_ADDRESS", value) };
    let (local, domain) = (&value[..at], &value[at + 1..]);
    let parts: Vec<&str> = local.split(['.', '_', '-']).collect();
    let seps: Vec<char> = local.chars().filter(|c| matches!(c, '.' | '_' | '-')).collect();
    // Each part a name, perhaps with digits after it (`john.smith85`).
    let split = |p: &str| {
        let alpha = p.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(p.len());
        (p[..alpha].to_owned(), p[alpha..].to_owned())
    };
    let wordy = parts.len() <= 3
        && parts.iter().all(|p| {
            let (name, tail) = split(p);
            name.len() > 1 && tail.chars().all(|c| c.is_ascii_digit())
        });
    let mut d = keyed.draw("EMAIL_ADDRESS", "local", &local.to_lowercase());
    let new_local = if wordy {
        let mut s = String::new();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                s.push(seps.get(i - 1).copied().unwrap_or('.'));
            }
            let (name, tail) = split(p);
            let norm = normalise(&name);
            let role_given = if parts.len() == 1 { is_given_name(&norm) } else { i + 1 < parts.len() };
            let sur = if role_given { given(keyed, &norm) } else { family(keyed, &norm) };
            s.push_str(&styled(sur, &name).to_ascii_lowercase());
            s.extend(tail.chars().map(|c| d.same_class(c)));
        }
        s
    } else {
        local.chars().map(|c| d.same_class(c)).collect()
    };
    let new_domain = keyed.draw("EMAIL_ADDRESS", "domain", &domain.to_lowercase()).pick(DOMAINS);
    differing(value, |attempt| {
        if attempt == 0 {
            format!("{new_local}@{new_domain}")
        } else {
            let mut d = keyed.draw("EMAIL_ADDRESS", "retry", &format!("{attempt}:{}", value.to_lowercase()));
            format!("{new_local}{}@{new_domain}", d.below(100))
        }
    })
}

/// The legal suffix at the end of an organisation's name (`Inc.`, `GmbH`, `Pty Ltd`), with what
/// separates it from the name; `("Acme", ", Inc.")` for `Acme, Inc.`.
fn split_suffix(value: &str) -> (&str, &str) {
    let mut cut = value.len();
    let mut body = value.trim_end();
    loop {
        // After the space, which may be wider than a byte (a no-break space in `Acme\u{a0}Inc.`).
        let start = body.rfind(char::is_whitespace).map_or(0, |i| i + body[i..].chars().next().map_or(1, char::len_utf8));
        let word = &body[start..];
        if start == 0 || !LEGAL_SUFFIXES.contains(&normalise(word).as_str()) {
            break;
        }
        cut = start;
        body = body[..start].trim_end();
    }
    let name_end = value[..cut].trim_end().trim_end_matches(',').len();
    (&value[..name_end], &value[name_end..])
}

/// A plausible company name with the original's legal suffix.
pub(crate) fn organization(keyed: &Keyed, value: &str) -> String {
    let (body, suffix) = split_suffix(value);
    let mut d = keyed.draw("ORGANIZATION", "name", &normalise(body));
    differing(value, |_| {
        let name = match d.below(4) {
            0 => format!("{} {}", d.pick(FAMILY_NAMES), d.pick(COMPANY_WORDS)),
            1 => format!("{} {}", d.pick(COMPANY_ADJECTIVES), d.pick(COMPANY_WORDS)),
            2 => format!("{} & {}", d.pick(FAMILY_NAMES), d.pick(FAMILY_NAMES)),
            _ => format!("{} {} {}", d.pick(COMPANY_ADJECTIVES), d.pick(FAMILY_NAMES), d.pick(COMPANY_WORDS)),
        };
        format!("{}{suffix}", styled(&name, body))
    })
}

/// A place of the same shape: a street address (number, street, type) for a part starting with a
/// number, a city otherwise; comma-separated parts are replaced one by one.
pub(crate) fn location(keyed: &Keyed, value: &str) -> String {
    differing(value, |attempt| {
        let mut out = String::with_capacity(value.len() + 8);
        for (i, part) in value.split(',').enumerate() {
            if i > 0 {
                out.push(',');
            }
            let trimmed = part.trim_start();
            out.push_str(&part[..part.len() - trimmed.len()]);
            let trimmed_end = trimmed.trim_end();
            let tail = &trimmed[trimmed_end.len()..];
            let norm = format!("{attempt}:{}", normalise(trimmed_end));
            let mut d = keyed.draw("LOCATION", "part", &norm);
            if trimmed_end.starts_with(|c: char| c.is_ascii_digit()) {
                let digits = trimmed_end.chars().take_while(char::is_ascii_digit).count();
                let mut number: String = (0..digits).map(|_| char::from(d.digit())).collect();
                if number.starts_with('0') {
                    number.replace_range(..1, "1");
                }
                out.push_str(&format!("{number} {} {}", d.pick(STREETS), d.pick(STREET_TYPES)));
            } else if trimmed_end.chars().any(|c| c.is_ascii_digit()) {
                // A postcode with or without a town: digits and letters of the same classes.
                out.push_str(&trimmed_end.chars().map(|c| d.same_class(c)).collect::<String>());
            } else if !trimmed_end.is_empty() {
                out.push_str(&styled(d.pick(CITIES), trimmed_end));
            }
            out.push_str(tail);
        }
        out
    })
}
