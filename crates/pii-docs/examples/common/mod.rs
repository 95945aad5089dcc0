//! What the benchmark examples read about their own process (Linux `/proc/self`), shared so that
//! every example reports memory and CPU time the same way.

/// Peak resident memory of this process in MB (VmHWM), 0 where `/proc` is missing.
pub fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(str::to_owned))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|k| k.parse::<f64>().ok()))
        .map_or(0.0, |kb| kb / 1024.0)
}

/// CPU seconds (user + system) this process has used: the per-core figure, which stays meaningful
/// on a machine busy with other work, where wall time does not.
pub fn cpu_seconds() -> f64 {
    // Fields 14 and 15 of /proc/self/stat, in clock ticks (100 a second on Linux); the command name
    // (field 2) is in parentheses and may hold spaces, so count from the closing one.
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest.split_whitespace().filter_map(|x| x.parse().ok()).collect();
    // After ')': state (not a number, skipped by the filter), then fields 4.. — utime is field 14.
    f.get(10).zip(f.get(11)).map_or(0.0, |(u, s)| (u + s) / 100.0)
}
