//! Calendar dates (DATE_TIME): numeric (`03/14/1985`, `14.03.1985`, `1985-03-14`, `3/14/85`) and with
//! month names in English, German, French, Spanish, Italian, Portuguese and Dutch (`March 14th, 1985`,
//! `14-MAR-85`, `Friday, March 14, 1985`, `14. März 1985`, `14 de marzo de 1985`), plus `1985年3月14日`.
//!
//! Validated as real calendar dates (day within the month, years 1900-2099 when written with four
//! digits). Machine timestamps that carry a time of day (`2025-03-05T12:34:56Z`,
//! `05/Mar/2025:12:34:56`, `2025-01-08 20:39:22,954`) are not dates of a person and are refused, as
//! are clock times, years alone and month-day pairs without a year. A month and year alone
//! (`expires March 2026`) is reported only with a date context word.

use super::{Cand, Pattern, Score};
use crate::engine::kind::Kind;

/// Month names and abbreviations (ASCII case-insensitive; accented letters as UTF-8 bytes).
const MONTH: &str = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|januar|februar|m(?:\xC3\xA4|ae)rz|mrz|mai|juni|juli|oktober|okt|dezember|dez|j(?:\xC3\xA4)nner|janvier|janv|f(?:\xC3\xA9|e)vrier|f(?:\xC3\xA9|e)vr|mars|avril|avr|juin|juillet|juil|ao(?:\xC3\xBB|u)t|septembre|octobre|novembre|d(?:\xC3\xA9|e)cembre|d(?:\xC3\xA9)c|enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|septiembre|setiembre|octubre|noviembre|diciembre|dic|gennaio|gen|febbraio|aprile|maggio|mag|giugno|giu|luglio|lug|settembre|set|ottobre|ott|dicembre|janeiro|fevereiro|mar(?:\xC3\xA7|c)o|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mrt|mei|augustus)\.?";

const WEEKDAY: &str = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|mi(?:\xC3\xA9|e)rcoles|jueves|viernes|s(?:\xC3\xA1|a)bado|domingo|luned(?:\xC3\xAC|i)|marted(?:\xC3\xAC|i)|mercoled(?:\xC3\xAC|i)|gioved(?:\xC3\xAC|i)|venerd(?:\xC3\xAC|i)|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda-feira|ter(?:\xC3\xA7|c)a-feira|quarta-feira|quinta-feira|sexta-feira)\.?";

/// Full month names of French, German, Spanish, Italian, Dutch and Portuguese, for the forms without a
/// year (`le 3 mars`, `am 3. März`, `el 3 de marzo`), which also need a preposition or a weekday in
/// front (see [`day_month_eu`]).
const MONTH_EU: &str = r"(?:januar|februar|m(?:\xC3\xA4|ae)rz|april|mai|juni|juli|august|september|oktober|november|dezember|janvier|f(?:\xC3\xA9|e)vrier|mars|avril|juin|juillet|ao(?:\xC3\xBB|u)t|septembre|octobre|novembre|d(?:\xC3\xA9|e)cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar(?:\xC3\xA7|c)o|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus|december)";

/// The words before a day and month without a year that make them a date: articles and
/// prepositions of the six languages (`le`, `du`, `am`, `vom`, `el`, `del`, `il`, `op`, `em`...).
const DATE_LEADS: &[&[u8]] = &[
    b"le",
    b"du",
    b"au",
    b"depuis",
    b"avant",
    b"apr\xC3\xA8s",
    b"am",
    b"vom",
    b"bis",
    b"zum",
    b"ab",
    b"seit",
    b"den",
    b"el",
    b"del",
    b"al",
    b"desde",
    b"hasta",
    b"il",
    b"dal",
    b"entro",
    b"op",
    b"van",
    b"tot",
    b"per",
    b"em",
    b"de",
    b"at\xC3\xA9",
    b"no",
    b"do",
    b"et",
    b"und",
    b"y",
    b"e",
    b"en",
    b"ou",
    b"oder",
    b"o",
    b"of",
];

/// English month names as written in running text, for the forms without a year.
const MONTH_EN: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)";
const WEEKDAY_EN: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?";
/// A day's ordinal ending: English `st`, `nd`, `rd`, `th`; the first of the month in French (`1er
/// août`) and the Iberian and Italian ordinal signs (`1º de maio`, `1.º de mayo`, `1° maggio`).
const ORD: &str = r"(?:st|nd|rd|th|er|\.?\xC2\xBA|\.?\xC2\xB0)?";
/// The ordinal endings of the six languages alone, for the forms without a year.
const ORD_EU: &str = r"(?:er|\.?\xC2\xBA|\.?\xC2\xB0)?";

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    let mut p = |regex: String, check: super::Check| {
        v.push(Pattern { kind: Kind::Date, regex: regex.into(), check });
    };
    // 1985-03-14, 1985/03/14, 1985.03.14
    p(r"\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2}".into(), numeric);
    // 03/14/1985, 14.03.1985, 3-14-85
    p(r"\d{1,2}[\-/.]\d{1,2}[\-/.](?:\d{4}|\d{2})".into(), numeric);
    // 14 March 1985, 6th March 2025, 14. März 1985, 14 de marzo de 1985, Friday, 14 March 1985
    p(format!(r"(?i)(?:{WEEKDAY},? )?\d{{1,2}}{ORD}\.? (?:of |de )?{MONTH},? (?:de |del )?\d{{4}}"), named);
    // 11-Nov-2024, 14-MAR-85, 14/Mar/2025, 14.Mar.2025
    p(format!(r"(?i)\d{{1,2}}[\-/.]{MONTH}[\-/.](?:\d{{4}}|\d{{2}})"), named);
    // Dec-22-2025, MAR/17/2025: the month first, the US order, in one hyphenated or slashed form.
    p(format!(r"(?i){MONTH}[\-/.]\d{{1,2}}[\-/.](?:\d{{4}}|\d{{2}})"), named);
    // March 14th, 1985, Oct. 23, 2021, Friday, March 14, 1985
    p(format!(r"(?i)(?:{WEEKDAY},? )?{MONTH} ?\d{{1,2}}{ORD},? \d{{4}}"), named);
    // September 18, 18th of September: a day without a year, English month names written with a
    // capital (lower-case "may 5", "march 3 steps" are not dates).
    p(format!(r"(?:{WEEKDAY_EN},? )?{MONTH_EN} \d{{1,2}}{ORD}|\d{{1,2}}{ORD} (?:of )?{MONTH_EN}"), day_month);
    // le 3 mars, am 3. März, el 3 de marzo, lundi 3 mars: a day and a full month name of the six
    // languages without a year, after a preposition or a weekday.
    p(format!(r"(?i)(?:{WEEKDAY},? )?\d{{1,2}}{ORD_EU}\.? (?:de )?{MONTH_EU}"), day_month_eu);
    // March 2026 (alone when the month is capitalised, else with context)
    p(format!(r"(?i){MONTH},? \d{{4}}"), month_year);
    // Weak candidates (0.2, below the default threshold; Presidio reports them): ISO 8601
    // timestamps with a time of day (`2024-03-15T14:30:00.123+02:00`), which logs are full of and
    // which are not a person's date; a month and year (`05/21`, `5/2021`, card expiry dates); a day
    // or year with a month name (`21-May`, `May-21`, `May-2021`).
    p(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+\-]\d{2}:?\d{2})?".into(), iso_timestamp);
    p(r"\d{1,2}/(?:\d{4}|\d{2})".into(), month_year_numeric);
    p(format!(r"(?i)\d{{1,2}}-{MONTH}|{MONTH}-(?:\d{{4}}|\d{{2}})"), month_pair);
    // 25JAN, 25JAN26: the day and month of airline tickets and boarding passes, in capitals, run
    // together (IATA's DDMMM).
    p(r"\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d{2})?".into(), airline);
    // 1985年3月14日
    p(r"\d{4}\xE5\xB9\xB4\d{1,2}\xE6\x9C\x88\d{1,2}\xE6\x97\xA5".into(), cjk);
}

/// Month number of a month name (any of the supported languages), from its first letters.
fn month_of(word: &[u8]) -> Option<u32> {
    let mut buf = [0u8; 16];
    let mut n = 0;
    for &b in word.iter().filter(|&&b| b != b'.').take(buf.len()) {
        buf[n] = b.to_ascii_lowercase();
        n += 1;
    }
    let w = &buf[..n];
    let starts = |p: &[u8]| w.starts_with(p);
    Some(if starts(b"jan") || starts(b"j\xc3\xa4n") || starts(b"gen") || starts(b"ene") {
        1
    } else if starts(b"feb") || starts(b"f\xc3\xa9v") || starts(b"fev") {
        2
    } else if starts(b"mar") || starts(b"m\xc3\xa4r") || starts(b"mae") || starts(b"mrz") || starts(b"maa") || starts(b"mrt") {
        3
    } else if starts(b"apr") || starts(b"avr") || starts(b"abr") {
        4
    } else if starts(b"may") || starts(b"mai") || starts(b"mag") || starts(b"mei") {
        5
    } else if starts(b"jun") || starts(b"juin") || starts(b"giu") {
        6
    } else if starts(b"jul") || starts(b"juil") || starts(b"lug") {
        7
    } else if starts(b"aug") || starts(b"ao") || starts(b"ago") {
        8
    } else if starts(b"sep") || starts(b"set") {
        9
    } else if starts(b"oct") || starts(b"okt") || starts(b"ott") || starts(b"out") {
        10
    } else if starts(b"nov") {
        11
    } else if starts(b"dec") || starts(b"d\xc3\xa9c") || starts(b"dez") || starts(b"dic") {
        12
    } else {
        return None;
    })
}

fn days_in(month: u32, year: Option<u32>) -> u32 {
    match month {
        2 => match year {
            Some(y) if !(y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400))) => 28,
            _ => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn valid(day: u32, month: u32, year: u32, year_digits: usize) -> bool {
    let year_ok = year_digits == 2 || (1900..=2099).contains(&year);
    let y = (year_digits == 4).then_some(year);
    year_ok && (1..=12).contains(&month) && day >= 1 && day <= days_in(month, y)
}

/// True when a time of day follows the date (`T12:34`, ` 12:34`, `:12:34:56`): a machine timestamp.
fn time_follows(after: &[u8]) -> bool {
    let rest = match after.first() {
        Some(b'T' | b' ' | b':' | b'_') => &after[1..],
        _ => return false,
    };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=2).contains(&digits) && rest.get(digits) == Some(&b':') && rest.get(digits + 1).is_some_and(u8::is_ascii_digit)
}

/// True when the time after the date is a person's clock time, written after a space without
/// seconds (`26-04-2026 17:55`, `9 dicembre 2025 16:35`): a form's, an e-mail header's or a
/// receipt's date and hour, which people write. Machines write seconds (`2025-01-08 20:39:22`).
fn clock_follows(after: &[u8]) -> bool {
    let Some(rest) = after.strip_prefix(b" ") else { return false };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let minutes = &rest[(digits + 1).min(rest.len())..];
    let m = minutes.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=2).contains(&digits) && rest.get(digits) == Some(&b':') && m == 2 && minutes.get(2) != Some(&b':')
}

/// Month names of four letters or fewer written in full (any other that short is an abbreviation).
const FULL_SHORT_MONTHS: &[&[u8]] =
    &[b"may", b"june", b"july", b"mai", b"juni", b"juli", b"juin", b"mars", b"mei", b"maio", b"mayo", b"ao\xc3\xbbt", b"aout"];

/// A machine timestamp follows: a time of day after the date, unless it is a person's clock time
/// after a date written day first or with the month's name (year-first dates with a time are logs').
fn machine_time_follows(after: &[u8], year_first: bool) -> bool {
    time_follows(after) && (year_first || !clock_follows(after))
}

/// Numbers and words of a candidate, split on anything else.
fn tokens(s: &[u8]) -> impl Iterator<Item = &[u8]> {
    s.split(|b| !(b.is_ascii_alphanumeric() || *b >= 0x80)).filter(|t| !t.is_empty())
}

fn num(t: &[u8]) -> Option<(u32, usize)> {
    let d = t.iter().take_while(|b| b.is_ascii_digit()).count();
    if d == 0 || d > 4 {
        return None;
    }
    let v = t[..d].iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
    Some((v, d))
}

fn numeric(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    let year_first = s.iter().take_while(|b| b.is_ascii_digit()).count() == 4;
    if machine_time_follows(&c.text[c.end..], year_first) {
        return None;
    }
    let mut seps = s.iter().copied().filter(|b| !b.is_ascii_digit());
    let (Some(sep), Some(sep2), None) = (seps.next(), seps.next(), seps.next()) else { return None };
    if sep != sep2 {
        return None;
    }
    let mut it = tokens(s).filter_map(num);
    let (a, b, y) = (it.next()?, it.next()?, it.next()?);
    if a.1 == 4 {
        // Year first: Y-M-D.
        return valid(y.0, b.0, a.0, 4).then_some(Score::new(0.85, 0.95));
    }
    if sep == b'.' && y.1 == 2 && (a.1 != 2 || b.1 != 2) {
        // "1.2.24" is a version more often than a date: a weak candidate only.
        return valid(a.0, b.0, y.0, y.1).then_some(WEAK);
    }
    let ok = valid(a.0, b.0, y.0, y.1) || valid(b.0, a.0, y.0, y.1);
    if !ok {
        return None;
    }
    Some(if y.1 == 4 { Score::new(0.85, 0.95) } else { Score::new(0.6, 0.9) })
}

fn named(c: &Cand<'_>) -> Option<Score> {
    // Machines abbreviate the month before a time (`28 Jan 2022 02:51` of a blame or log line);
    // people write it out (`9 dicembre 2025 16:35` on a receipt).
    // A comma before the year is a person's US-style date, abbreviated or not (`Tue Jun 16, 2026
    // 14:00` in a calendar invitation).
    // The connecting words of Spanish, Portuguese and English dates (`16 de septiembre de 2026`)
    // are no abbreviated month.
    let connector = |t: &[u8]| matches!(&*t.to_ascii_lowercase(), b"de" | b"del" | b"of");
    let abbreviated = tokens(c.s()).any(|t| {
        !t[0].is_ascii_digit() && !is_weekday(t) && !connector(t) && t.len() <= 4 && !FULL_SHORT_MONTHS.contains(&&*t.to_ascii_lowercase())
    }) && !c.s().contains(&b',');
    if machine_time_follows(&c.text[c.end..], abbreviated) {
        return None;
    }
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for t in tokens(c.s()) {
        if t[0].is_ascii_digit() {
            let (v, d) = num(t)?;
            if day.is_none() && d <= 2 {
                day = Some(v);
            } else {
                year = Some((v, d));
            }
        } else if month.is_none() {
            // Weekdays come first and are skipped; the month is the word month_of recognizes after them.
            if let Some(m) = month_of(t).filter(|_| !is_weekday(t)) {
                month = Some(m);
            }
        }
    }
    let (day, month, (year, yd)) = (day?, month?, year?);
    valid(day, month, year, yd).then_some(if yd == 4 { Score::new(0.85, 0.95) } else { Score::new(0.6, 0.9) })
}

/// A month and a day without a year: a real day of that month, not glued to more letters or digits,
/// not the start of a machine timestamp (`Oct 19 11:42:20`), and not followed by a number (a year
/// makes it the full form, which is judged whole: `29 Feb 2023` is no date).
fn day_month(c: &Cand<'_>) -> Option<Score> {
    let after = &c.text[c.end..];
    let rest = after.strip_prefix(b",").unwrap_or(after);
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    if time_follows(after) || after.first().is_some_and(u8::is_ascii_alphanumeric) || rest.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut day = None;
    let mut month = None;
    for t in tokens(c.s()) {
        if t[0].is_ascii_digit() {
            day = num(t).map(|(v, _)| v);
        } else if !is_weekday(t) && t != b"of" {
            month = month_of(t);
        }
    }
    let (day, month) = (day?, month?);
    (day >= 1 && day <= days_in(month, None)).then_some(Score::new(0.6, 0.85))
}

/// An airline date (`25JAN`, `25JAN26`): a real day of that month, standing alone (not inside a
/// code such as `X25JAN` or `25JANX`).
fn airline(c: &Cand<'_>) -> Option<Score> {
    let alone = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric());
    if !alone(c.text[..c.start].last()) || !alone(c.text.get(c.end)) {
        return None;
    }
    let s = c.s();
    let day = num(&s[..2])?.0;
    let month = month_of(&s[2..5])?;
    (day >= 1 && day <= days_in(month, None)).then_some(Score::new(0.6, 0.85))
}

/// A day and a month of the six languages without a year ([`MONTH_EU`]): the rules of [`day_month`],
/// and a weekday in the candidate or a preposition, an article or a `:` before it, so that `3 mars`
/// in `the 3 mars rovers` is no date.
fn day_month_eu(c: &Cand<'_>) -> Option<Score> {
    let starts_with_weekday = tokens(c.s()).next().is_some_and(is_weekday);
    if !starts_with_weekday && !date_lead_before(&c.text[..c.start]) {
        return None;
    }
    day_month(c)
}

fn date_lead_before(before: &[u8]) -> bool {
    let before = before.strip_suffix(b" ").unwrap_or(before);
    if before.is_empty() || before.ends_with(b":") || before.ends_with(b"\n") {
        return true;
    }
    let word_start = before.iter().rposition(|b| !(b.is_ascii_alphabetic() || *b >= 0x80)).map_or(0, |p| p + 1);
    let word = &before[word_start..];
    DATE_LEADS.iter().any(|l| word.eq_ignore_ascii_case(l))
}

/// Weekday names of the seven languages that start like a month (`mardi`, `martes`, `martedì`,
/// `maandag`), so that the month is not read from them.
fn is_weekday(t: &[u8]) -> bool {
    const EU: &[&[u8]] = &[b"mardi", b"martes", b"marted", b"maandag", b"mercredi", b"mercoled", b"domingo", b"domenica", b"dimanche"];
    t.len() >= 3 && [&b"mon"[..], b"tue", b"wed", b"thu", b"fri", b"sat", b"sun"].iter().any(|p| t[..3].eq_ignore_ascii_case(p))
        || EU.iter().any(|w| t.len() >= w.len() && t[..w.len()].eq_ignore_ascii_case(w))
}

fn month_year(c: &Cand<'_>) -> Option<Score> {
    // Inside a day-month-year form that was refused ("Mon, 14 Mar 2024 10:30:00"), or before a time.
    let before = &c.text[..c.start];
    if time_follows(&c.text[c.end..]) || before.ends_with(b" ") && before.len() >= 2 && before[before.len() - 2].is_ascii_digit() {
        return None;
    }
    let mut month = None;
    let mut year = None;
    for t in tokens(c.s()) {
        if t[0].is_ascii_digit() {
            year = num(t);
        } else {
            month = month_of(t);
        }
    }
    let (_, (y, d)) = (month?, year?);
    if d != 4 || !(1900..=2099).contains(&y) {
        return None;
    }
    // `September 2026`, `März 2025`: a month name written with its capital and a year is a date on
    // its own (a period, an issue, a week ending); in lower case (`may 2025`) it needs context.
    Some(if c.s()[0].is_ascii_uppercase() || !c.s()[0].is_ascii() { Score::new(0.5, 0.85) } else { Score::new(0.0, 0.6) })
}

/// The score of the weak forms: seen only at a lowered threshold.
const WEAK: Score = Score::new(0.2, 0.2);

fn iso_timestamp(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    let n = |i: usize| u32::from(s[i] - b'0') * 10 + u32::from(s[i + 1] - b'0');
    let year = n(0) * 100 + n(2);
    let ok = valid(n(8), n(5), year, 4) && n(11) < 24 && n(14) < 60 && (s.len() < 19 || s[16] != b':' || n(17) < 61);
    ok.then_some(WEAK)
}

fn month_year_numeric(c: &Cand<'_>) -> Option<Score> {
    let mut it = tokens(c.s()).filter_map(num);
    let (m, y) = (it.next()?, it.next()?);
    ((1..=12).contains(&m.0) && (y.1 == 2 || (1900..=2099).contains(&y.0))).then_some(WEAK)
}

fn month_pair(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    let mut month = None;
    let mut number = None;
    for t in tokens(s) {
        if t[0].is_ascii_digit() {
            number = num(t);
        } else {
            month = month_of(t);
        }
    }
    let (month, (v, d)) = (month?, number?);
    if s[0].is_ascii_digit() {
        // 21-May: a day of that month.
        (v >= 1 && v <= days_in(month, None)).then_some(WEAK)
    } else {
        // May-21, May-2021: a year.
        (d == 2 || (1900..=2099).contains(&v)).then_some(WEAK)
    }
}

fn cjk(c: &Cand<'_>) -> Option<Score> {
    let mut it = tokens(c.s()).flat_map(|t| t.split(|b| *b >= 0x80)).filter(|t| !t.is_empty()).filter_map(num);
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    valid(d.0, m.0, y.0, 4).then_some(Score::new(0.85, 0.95))
}

#[cfg(test)]
mod tests {
    use crate::engine::builtin::tests::{found, has, has_type};

    #[test]
    fn written_dates_are_found_whole() {
        for d in [
            "03/14/1985",
            "1985-03-14",
            "14.03.1985",
            "March 14th, 1985",
            "14-MAR-85",
            "Friday, March 14, 1985",
            "Oct. 23, 2021",
            "May. 1, 1973",
            "6th March 2025",
            "11-Nov-2024",
            "Dec-22-2025",
            "MAR/17/2025",
            "3/25/25",
            "14. März 1985",
            "14 de marzo de 1985",
            "14 février 1985",
            "1985年3月14日",
            "29 Feb 2024",
            "September 18",
            "18th of September",
            "Tue, Mar 3rd",
        ] {
            let text = format!("Date of birth: {d}.");
            assert!(has(&text, "DATE_TIME", d), "{d}: {:?}", found(&text));
        }
    }

    #[test]
    fn timestamps_clock_times_and_impossible_dates_are_not_dates() {
        for t in [
            "2025-03-05T12:34:56.789Z",
            "[05/Mar/2025:12:34:56 +0000]",
            "2025-01-08 20:39:22,954 [payments]",
            "at 14:20 today",
            "in 1985 we",
            "[Oct 19 11:42:20] ops-bot",
            "31/02/2020",
            "29 Feb 2023",
            "release 7.16.9 over",
            "build 1.2.24 is green",
            "Date: Mon, 14 Mar 2024 10:30:00 +0000",
            "Oct 19 11:42:20 host sshd",
            "you may 5 times",
            "March 32 was no day",
            "Mar-32-2025 is no day either",
            "May 5x is a part number",
            "2025-01-08 20:39 deploy started",
            "08/01/2025 20:39:22 INFO",
            "7e3ed52c (Joy Tehrani 11 Oct 2025 18:21 43)",
            "Bureau au 1er étage, salle 2",
            "Quedó en 1º lugar en 2024",
            "au 1er trimestre 2024",
        ] {
            assert!(!has_type(t, "DATE_TIME"), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn a_date_with_a_clock_time_is_a_date() {
        for (text, want) in [
            ("Datum: 26-04-2026 17:55", "26-04-2026"),
            ("Colheita: 13/11/2023 14:35", "13/11/2023"),
            ("9 dicembre 2025 16:35        DOC. N. K56", "9 dicembre 2025"),
            ("Invitation: Supplier review @ Tue Jun 16, 2026 14:00 - 15:30", "Tue Jun 16, 2026"),
            ("--- Respuesta de A. Amoedo (16 de septiembre de 2026 08:55) ---", "16 de septiembre de 2026"),
            ("Enviado: 3 de março de 2025 14:20", "3 de março de 2025"),
        ] {
            assert!(has(text, "DATE_TIME", want), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn dates_of_the_six_languages() {
        for (text, want) in [
            ("Rendez-vous le 3 mars 2024 à Paris.", "3 mars 2024"),
            ("Nous arrivons le 3 mars.", "3 mars"),
            ("Am 3. März 2024 beginnt der Kurs.", "3. März 2024"),
            ("Wir kommen am 3. Mai.", "3. Mai"),
            ("El 3 de marzo de 2024 firmamos.", "3 de marzo de 2024"),
            ("Llegamos el 3 de marzo.", "3 de marzo"),
            ("Il 3 marzo 2024 abbiamo firmato.", "3 marzo 2024"),
            ("Op 3 maart 2024 getekend.", "3 maart 2024"),
            ("Em 3 de março de 2024 assinámos.", "3 de março de 2024"),
            ("Facture du 3 déc. 2024", "3 déc. 2024"),
            ("Rechnung vom 3. Dez. 2024", "3. Dez. 2024"),
            ("Réunion lundi 3 mars 2024.", "lundi 3 mars 2024"),
            ("Termin: Dienstag, 3. März 2024", "Dienstag, 3. März 2024"),
            ("la cita es el martes, 3 de marzo", "martes, 3 de marzo"),
            ("Date : 3 mars", "3 mars"),
            ("Prise d'effet : 1er août 2025", "1er août 2025"),
            ("Envoyé : 1er mai 2026 12:40", "1er mai 2026"),
            ("Nous arrivons le 1er mars.", "1er mars"),
            ("Lisboa, 1.º de maio de 2024", "1.º de maio de 2024"),
            ("Madrid, 1º de mayo de 2024", "1º de mayo de 2024"),
            ("Milano, 1° maggio 2024", "1° maggio 2024"),
        ] {
            assert!(has(text, "DATE_TIME", want), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn airline_dates_are_dates() {
        for d in ["25JAN", "13MAR26"] {
            let text = format!("FLIGHT QX226  SEAT 20C\nDATE {d}  BOARDING 06:40");
            assert!(has(&text, "DATE_TIME", d), "{d}: {:?}", found(&text));
        }
        // Negative: inside a code, lower case, and a day the month does not have.
        for t in ["PART X25JAN7 shipped", "ref 25JANX", "on 25jan", "DATE 31FEB"] {
            assert!(!has_type(t, "DATE_TIME"), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn month_words_alone_are_no_dates() {
        for t in ["La planète mars est rouge.", "Im Mai ist es warm.", "the 3 mars rovers landed", "il 31 febbraio", "le 32 mars"] {
            assert!(!has_type(t, "DATE_TIME"), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn a_capitalised_month_and_a_year_are_a_date() {
        for d in ["September 2026", "Sept. 2025", "März 2025"] {
            let text = format!("Timesheet - week ending {d}");
            assert!(has(&text, "DATE_TIME", d), "{d}: {:?}", found(&text));
        }
        // Negative: a lower-case month needs context, and a year outside 1900-2099 is none.
        for t in ["you may 2025 times", "March 2150 is far off"] {
            assert!(!has_type(t, "DATE_TIME"), "{t}: {:?}", found(t));
        }
    }
}
