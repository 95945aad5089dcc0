//! The `date_shift` operator: every date of a scope moves by the same keyed, non-zero number of
//! days, and is written back in the format it was found in.
//!
//! Why one offset per scope: the gap between admission and discharge, or between a birth date and a
//! visit, is what analysts need; a single offset keeps every interval exact while hiding the real
//! calendar dates. The offset is drawn from the scope's key, so no state is stored and another scope
//! or tenant gets another offset. Formats read: ISO `1985-03-14`, `03/14/1985` (day first when the
//! first number exceeds 12), `14.03.1985`, English month names full or abbreviated in either order
//! (`March 14, 1985`, `14 March 1985`, `Mar 14 2021`, `14-MAR-85`), with a weekday that moves with the
//! date (`Friday, March 14, 1985`), without a year (`September 18`, shifted within a reference year)
//! or without a day (`March 2026`, moved with the middle of its month); two-digit years stay
//! two-digit, and names keep their case and abbreviation. A value holding no such date (another
//! language's month names, a year alone) is not shifted: the caller falls back to `replace`.

use std::sync::LazyLock;

use regex::{Captures, Regex};
use time::{Date, Duration, Month};

use super::Keyed;

/// The window of `date_shift` without `max_days`, and of `pseudonymize` on dates.
pub(crate) const DEFAULT_MAX_DAYS: u32 = 365;

const MONTHS: [&str; 12] =
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_RE: &str = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const WEEKDAY_RE: &str = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun";

static ISO: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\b(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(?:T|\b)").ok());
static NUMERIC: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\b(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{4}|\d{2})\b").ok());
static MONTH_FIRST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:(?P<wd>{WEEKDAY_RE})\.?,?\s+)?(?P<mon>{MONTH_RE})\b\.?(?:\s+|-)(?P<day>\d{{1,2}})(?P<ord>st|nd|rd|th)?\b(?:(?:,?\s+|-)(?P<year>\d{{4}})\b)?"
    ))
    .ok()
});
static DAY_FIRST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:(?P<wd>{WEEKDAY_RE})\.?,?\s+)?(?P<day>\d{{1,2}})(?P<ord>st|nd|rd|th)?(?:\.?\s+(?:of\s+)?|-)(?P<mon>{MONTH_RE})\b\.?(?:(?:,?\s+|-)(?P<year>\d{{4}}|\d{{2}})\b)?"
    ))
    .ok()
});
static MONTH_YEAR: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?P<mon>{MONTH_RE})\b\.?(?:\s+|-)(?P<year>\d{{4}})\b")).ok());

type Pattern = LazyLock<Option<Regex>>;
type Rewrite = fn(&Captures<'_>, i64) -> Option<String>;

/// The scope's offset in days for a window of ±`max_days`: never zero.
pub(crate) fn offset(keyed: &Keyed, max_days: u32) -> i64 {
    let max = i64::from(max_days.max(1));
    let mut d = keyed.draw("DATE_TIME", "offset", &max.to_string());
    let magnitude = 1 + d.below(max as usize) as i64;
    if d.below(2) == 0 { -magnitude } else { magnitude }
}

/// `value` with every date it holds shifted by the scope's offset; `None` when it holds none.
pub(crate) fn shift_value(keyed: &Keyed, value: &str, max_days: u32) -> Option<String> {
    shift_by(value, offset(keyed, max_days))
}

/// `value` with every date it holds moved by `days`; `None` when it holds no date this reads.
pub(crate) fn shift_by(value: &str, days: i64) -> Option<String> {
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let passes: [(&Pattern, Rewrite); 5] =
        [(&ISO, iso), (&NUMERIC, numeric), (&MONTH_FIRST, named), (&DAY_FIRST, named), (&MONTH_YEAR, named)];
    // Cheap tests first: most values hold one date of one form, and captures are dear.
    let has_letter = value.bytes().any(|b| b.is_ascii_alphabetic());
    let has_separator = value.bytes().any(|b| matches!(b, b'-' | b'/' | b'.'));
    for (i, (re, rewrite)) in passes.into_iter().enumerate() {
        let wanted = if i < 2 { has_separator } else { has_letter };
        let Some(re) = re.as_ref().filter(|re| wanted && re.is_match(value)) else { continue };
        for c in re.captures_iter(value) {
            let Some(m) = c.get(0) else { continue };
            if edits.iter().any(|(s, e, _)| m.start() < *e && *s < m.end()) {
                continue;
            }
            if let Some(new) = rewrite(&c, days) {
                edits.push((m.start(), m.end(), new));
            }
        }
    }
    if edits.is_empty() {
        return None;
    }
    edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(value.len() + 8);
    let mut pos = 0;
    for (s, e, new) in edits {
        out.push_str(&value[pos..s]);
        out.push_str(&new);
        pos = e;
    }
    out.push_str(&value[pos..]);
    Some(out)
}

fn cap<'a>(c: &'a Captures<'_>, i: usize) -> &'a str {
    c.get(i).map_or("", |m| m.as_str())
}

fn date(year: i32, month: u32, day: u32, days: i64) -> Option<Date> {
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()?.checked_add(Duration::days(days))
}

/// A day or month number, zero-padded when the original date wrote its numbers with two digits.
fn number(padded: bool, n: u32) -> String {
    if padded { format!("{n:02}") } else { n.to_string() }
}

/// Whether a date wrote day and month with two digits each (`03/14`), or padded one (`3/04`).
fn padded(a: &str, b: &str) -> bool {
    (a.len() == 2 && b.len() == 2) || a.starts_with('0') || b.starts_with('0')
}

fn year(original: &str, y: i32) -> String {
    if original.len() == 2 { format!("{:02}", y.rem_euclid(100)) } else { format!("{y:04}") }
}

fn full_year(original: &str) -> Option<i32> {
    let y: i32 = original.parse().ok()?;
    Some(if original.len() == 2 { if y >= 50 { 1900 + y } else { 2000 + y } } else { y })
}

fn iso(c: &Captures<'_>, days: i64) -> Option<String> {
    if cap(c, 2) != cap(c, 4) {
        return None;
    }
    let d = date(cap(c, 1).parse().ok()?, cap(c, 3).parse().ok()?, cap(c, 5).parse().ok()?, days)?;
    let pad = padded(cap(c, 3), cap(c, 5));
    // A timestamp's `T` was matched to end the date; it is written back.
    let t = if cap(c, 0).ends_with('T') { "T" } else { "" };
    let (y, m, dd) = (year(cap(c, 1), d.year()), number(pad, u8::from(d.month()).into()), number(pad, d.day().into()));
    Some(format!("{y}{}{m}{}{dd}{t}", cap(c, 2), cap(c, 4)))
}

fn numeric(c: &Captures<'_>, days: i64) -> Option<String> {
    if cap(c, 2) != cap(c, 4) {
        return None;
    }
    let (a, b): (u32, u32) = (cap(c, 1).parse().ok()?, cap(c, 3).parse().ok()?);
    // `14.03.1985` and `14/03/1985` are day first; `03/14/1985` month first (the US reading when
    // both numbers could be a month).
    let day_first = cap(c, 2) == "." || a > 12;
    let (month, day) = if day_first { (b, a) } else { (a, b) };
    let d = date(full_year(cap(c, 5))?, month, day, days)?;
    let (m, dd) = (u32::from(u8::from(d.month())), u32::from(d.day()));
    let pad = padded(cap(c, 1), cap(c, 3));
    let (first, second) = if day_first { (number(pad, dd), number(pad, m)) } else { (number(pad, m), number(pad, dd)) };
    Some(format!("{first}{}{second}{}{}", cap(c, 2), cap(c, 4), year(cap(c, 5), d.year())))
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_ascii_lowercase();
    MONTHS.iter().position(|m| m.starts_with(&lower[..3.min(lower.len())])).map(|i| i as u32 + 1)
}

/// `full` written like `original`: in full or abbreviated to three letters, and in its case.
fn like(original: &str, full: &str, names: &[&str]) -> String {
    let was_full = names.iter().any(|n| n.eq_ignore_ascii_case(original));
    let name: String = if was_full { full.to_owned() } else { full[..3].to_owned() };
    if original.len() > 1 && original.bytes().all(|b| b.is_ascii_uppercase()) {
        name.to_ascii_uppercase()
    } else if original.bytes().all(|b| b.is_ascii_lowercase()) {
        name
    } else {
        let mut cs = name.chars();
        cs.next().map(|f| f.to_ascii_uppercase().to_string() + cs.as_str()).unwrap_or_default()
    }
}

fn ordinal(original: &str, day: u32) -> String {
    let s = match (day % 10, day % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    if original.bytes().all(|b| b.is_ascii_uppercase()) { s.to_ascii_uppercase() } else { s.to_owned() }
}

/// A date with an English month name, in either order, with or without a weekday, a day or a year.
/// A date without a year is shifted within a reference year (a leap year only for 29 February); a
/// month and year alone moves with the middle of its month. The weekday moves with the date.
fn named(c: &Captures<'_>, days: i64) -> Option<String> {
    let whole = c.get(0)?;
    let part = |n: &str| c.name(n);
    let month = month_number(part("mon")?.as_str())?;
    let day: u32 = match part("day") {
        Some(d) => d.as_str().parse().ok()?,
        None => 15,
    };
    let in_year = match part("year") {
        Some(y) => full_year(y.as_str())?,
        None if part("day").is_none() => return None,
        None if (month, day) == (2, 29) => 2000,
        None => 2001,
    };
    let d = date(in_year, month, day, days)?;
    let new_day = u32::from(d.day());
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut edit = |m: Option<regex::Match<'_>>, new: String| {
        if let Some(m) = m {
            edits.push((m.start() - whole.start(), m.end() - whole.start(), new));
        }
    };
    if let Some(wd) = part("wd") {
        let lower = wd.as_str().to_ascii_lowercase();
        let i = WEEKDAYS.iter().position(|w| w.starts_with(&lower[..3.min(lower.len())]))? as i64;
        let new = WEEKDAYS.get((i + days).rem_euclid(7) as usize).copied().unwrap_or("monday");
        edit(Some(wd), like(wd.as_str(), new, &WEEKDAYS));
    }
    let new_month = MONTHS.get(usize::from(u8::from(d.month())) - 1).copied().unwrap_or("january");
    edit(part("mon"), like(part("mon")?.as_str(), new_month, &MONTHS));
    if let Some(dm) = part("day") {
        // `14-MAR-85` is a fixed-width form: its day stays two digits.
        let fixed = dm.as_str().len() == 2 && whole.as_str()[dm.end() - whole.start()..].starts_with('-');
        edit(Some(dm), number(dm.as_str().starts_with('0') || fixed, new_day));
    }
    if let Some(o) = part("ord") {
        edit(Some(o), ordinal(o.as_str(), new_day));
    }
    if let Some(y) = part("year") {
        edit(Some(y), year(y.as_str(), d.year()));
    }
    edits.sort_by_key(|e| e.0);
    let text = whole.as_str();
    let mut out = String::with_capacity(text.len() + 4);
    let mut pos = 0;
    for (s, e, new) in edits {
        out.push_str(text.get(pos..s)?);
        out.push_str(&new);
        pos = e;
    }
    out.push_str(text.get(pos..)?);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_kept() {
        let cases = [
            ("1985-03-14", 10, "1985-03-24"),
            ("03/14/1985", 20, "04/03/1985"),
            ("3/4/1985", -4, "2/28/1985"),
            ("14.03.1985", 1, "15.03.1985"),
            ("25/12/99", 7, "01/01/00"),
            ("March 14, 1985", 31, "April 14, 1985"),
            ("14 March 1985", -14, "28 February 1985"),
            ("Mar 14 2021", 30, "Apr 13 2021"),
            ("MARCH 1st, 2020", 1, "MARCH 2nd, 2020"),
            ("Sept. 30, 2020", 1, "Oct. 1, 2020"),
            ("Friday, March 14, 1985", 1, "Saturday, March 15, 1985"),
            ("14-MAR-85", 18, "01-APR-85"),
            ("11-Nov-2024", -11, "31-Oct-2024"),
            ("6th March 2025", 1, "7th March 2025"),
            ("18th of September", 13, "1st of October"),
            ("Tue, Mar 3rd", 2, "Thu, Mar 5th"),
            ("September 18", -18, "August 31"),
            ("March 2026", 31, "April 2026"),
            ("2024-03-15T14:30:00Z", 1, "2024-03-16T14:30:00Z"),
            ("admitted 2020-02-28 10:30", 1, "admitted 2020-02-29 10:30"),
        ];
        for (input, days, want) in cases {
            assert_eq!(shift_by(input, days).as_deref(), Some(want), "{input} + {days}");
        }
    }

    #[test]
    fn intervals_hold_and_unparseable_values_are_refused() {
        let a = time::macros::date!(2020 - 01 - 30);
        let b = time::macros::date!(2020 - 03 - 02);
        for days in [-400, -1, 1, 29, 365] {
            let sa = shift_by("2020-01-30", days).expect("shifts");
            let sb = shift_by("March 2, 2020", days).expect("shifts");
            let pa = Date::parse(&sa, time::macros::format_description!("[year]-[month]-[day]")).expect("iso");
            let pb = Date::parse(&sb, time::macros::format_description!("[month repr:long] [day padding:none], [year]")).expect("long");
            assert_eq!(pb - pa, b - a, "{sa} {sb}");
        }
        for bad in ["yesterday", "2020-13-45", "31.02.2020", "next Tuesday", "14. März 1985", "14 de marzo de 1985", "1985"] {
            assert_eq!(shift_by(bad, 5), None, "{bad}");
        }
    }
}
