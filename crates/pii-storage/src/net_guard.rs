//! Refusal of private networks for web inputs and callbacks (SSRF).
//!
//! The check applies to the address actually connected to: names are resolved by
//! [`GuardedResolver`], which drops every address that is not publicly routable, and literal
//! addresses in URLs (also after redirects) go through [`check_url_host`]. The `url` crate already
//! normalises the odd spellings (`2130706433`, `0x7f.1`, `0177.0.0.1`) to a plain IPv4 address.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

/// Whether `ip` is a publicly routable unicast address.
///
/// Refused: unspecified, loopback, private (RFC 1918, ULA), shared (CGNAT), link-local (which holds
/// the cloud metadata endpoints 169.254.169.254 and fd00:ec2::254 is ULA), multicast, broadcast,
/// documentation, benchmarking and reserved ranges, and the IPv6 forms that embed one of those IPv4
/// addresses (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo).
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let o = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_multicast()
        || ip.is_broadcast()
        || ip.is_documentation()
        || o[0] == 0                                   // "this network"
        || (o[0] == 100 && (o[1] & 0xc0) == 64)        // 100.64.0.0/10 shared address space
        || (o[0] == 192 && o[1] == 0 && o[2] == 0)     // 192.0.0.0/24 protocol assignments
        || (o[0] == 198 && (o[1] & 0xfe) == 18)        // 198.18.0.0/15 benchmarking
        || o[0] >= 240) // reserved and broadcast
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let s = ip.segments();
    // IPv4-compatible (::a.b.c.d, deprecated) embeds an IPv4 address too.
    if s[..6] == [0, 0, 0, 0, 0, 0] {
        return !ip.is_unspecified()
            && !ip.is_loopback()
            && is_public_v4(Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8));
    }
    let embedded_v4 = |hi: u16, lo: u16| Ipv4Addr::new((hi >> 8) as u8, hi as u8, (lo >> 8) as u8, lo as u8);
    // IPv4-translated (::ffff:0:a.b.c.d, SIIT) embeds an IPv4 address in the last 32 bits.
    if s[..6] == [0, 0, 0, 0, 0xffff, 0] {
        return is_public_v4(embedded_v4(s[6], s[7]));
    }
    // 64:ff9b:1::/48 is the local-use NAT64 prefix (RFC 8215): a translator inside some network,
    // with the IPv4 address embedded wherever that network chose. Never public.
    if s[0] == 0x64 && s[1] == 0xff9b && s[2] == 1 {
        return false;
    }
    // NAT64 64:ff9b::/96 translates to the embedded IPv4 address.
    if s[0] == 0x64 && s[1] == 0xff9b {
        return s[2..6] == [0, 0, 0, 0] && is_public_v4(embedded_v4(s[6], s[7]));
    }
    // 6to4 2002::/16 embeds an IPv4 address in bits 16..48.
    if s[0] == 0x2002 {
        return is_public_v4(embedded_v4(s[1], s[2]));
    }
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || (s[0] & 0xfe00) == 0xfc00       // fc00::/7 unique local (incl. fd00:ec2::254)
        || (s[0] & 0xffc0) == 0xfe80       // fe80::/10 link-local
        || (s[0] & 0xffc0) == 0xfec0       // fec0::/10 site-local (deprecated)
        || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
        || (s[0] == 0x2001 && s[1] == 0)   // Teredo embeds an IPv4 address
        || s[0] == 0x0100 && s[1..4] == [0, 0, 0]) // discard-only 100::/64
}

/// Which addresses outbound requests may reach.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NetPolicy {
    /// Every address, private ones included.
    pub allow_private: bool,
    /// Individual non-public addresses that are allowed anyway (an internal file server, a test host).
    pub allowed_addrs: Vec<IpAddr>,
}

impl NetPolicy {
    pub fn permits(&self, ip: IpAddr) -> bool {
        self.allow_private || is_public(ip) || self.allowed_addrs.iter().any(|a| canonical(*a) == canonical(ip))
    }
}

/// IPv4-mapped IPv6 addresses compare as the IPv4 address they carry.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// Why a host may not be contacted, if it may not.
pub fn check_url_host(url: &Url, policy: &NetPolicy) -> Result<(), String> {
    if policy.allow_private {
        return Ok(());
    }
    let refuse_if_private = |ip: IpAddr| {
        if policy.permits(ip) { Ok(()) } else { Err(format!("{ip} is not a public address; private networks are not allowed")) }
    };
    match url.host() {
        None => Err("the URL has no host".into()),
        Some(Host::Ipv4(ip)) => refuse_if_private(IpAddr::V4(ip)),
        Some(Host::Ipv6(ip)) => refuse_if_private(IpAddr::V6(ip)),
        Some(Host::Domain(d)) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            let local_name = d == "localhost" || d.ends_with(".localhost") || d.ends_with(".local") || d.ends_with(".internal");
            if local_name && policy.allowed_addrs.is_empty() {
                Err(format!("{d} is a local name; private networks are not allowed"))
            } else {
                Ok(())
            }
        }
    }
}

/// A DNS resolver that returns only public addresses (unless private networks are allowed), so a
/// name that resolves to an internal address can never be connected to.
#[derive(Debug, Clone)]
pub struct GuardedResolver {
    pub policy: NetPolicy,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let policy = self.policy.clone();
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed: Vec<SocketAddr> = addrs.iter().copied().filter(|a| policy.permits(a.ip())).collect();
            if allowed.is_empty() {
                let why: Box<dyn std::error::Error + Send + Sync> = if addrs.is_empty() {
                    format!("{host} does not resolve").into()
                } else {
                    format!("{host} resolves only to non-public addresses; private networks are not allowed").into()
                };
                return Err(why);
            }
            Ok(Box::new(allowed.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn refuses_every_non_public_range() {
        for s in [
            "0.0.0.0",
            "0.1.2.3",
            "127.0.0.1",
            "127.255.255.254",
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "169.254.0.1",
            "100.64.0.1",
            "100.127.255.255",
            "224.0.0.1",
            "239.255.255.250",
            "255.255.255.255",
            "192.0.2.1",
            "198.51.100.1",
            "203.0.113.1",
            "198.18.0.1",
            "240.0.0.1",
            "192.0.0.8",
            "::",
            "::1",
            "fe80::1",
            "fc00::1",
            "fd00:ec2::254",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:10.1.2.3",
            "::ffff:169.254.169.254",
            "::127.0.0.1",
            "64:ff9b::a9fe:a9fe",
            // IPv4-translated forms and the local-use NAT64 prefix, whatever it embeds.
            "::ffff:0:127.0.0.1",
            "::ffff:0:a9fe:a9fe",
            "64:ff9b:1::808:808",
            "64:ff9b:1:abcd::1",
            "64:ff9b:0:0:1::808:808",
            "2002:7f00:1::",
            "2002:c0a8:0101::1",
            "2001:db8::1",
            "fec0::1",
            "2001:0:4136:e378::1",
        ] {
            assert!(!is_public(ip(s)), "{s} must be refused");
        }
    }

    #[test]
    fn accepts_public_unicast() {
        for s in [
            "8.8.8.8",
            "1.1.1.1",
            "93.184.216.34",
            "172.32.0.1",
            "100.128.0.1",
            "2606:4700:4700::1111",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
            "::ffff:0:808:808",
            "2002:0808:0808::1",
        ] {
            assert!(is_public(ip(s)), "{s} must be allowed");
        }
    }

    #[test]
    fn literal_hosts_in_every_spelling_are_checked() {
        for u in [
            "http://127.0.0.1:5672/",
            "http://2130706433:5672/",
            "http://0x7f000001/",
            "http://0177.0.0.1/",
            "http://127.1/",
            "http://[::ffff:127.0.0.1]:5672/",
            "http://[::1]/",
            "http://localhost:5672/",
            "http://LOCALHOST./",
            "http://metadata.google.internal/",
            "http://169.254.169.254/latest/meta-data/",
        ] {
            let url = Url::parse(u).unwrap();
            assert!(check_url_host(&url, &NetPolicy::default()).is_err(), "{u} must be refused");
            let open = NetPolicy { allow_private: true, allowed_addrs: vec![] };
            assert!(check_url_host(&url, &open).is_ok(), "{u} is allowed when private networks are");
        }
        assert!(check_url_host(&Url::parse("https://example.com/x").unwrap(), &NetPolicy::default()).is_ok());
    }

    #[test]
    fn single_allowed_addresses_open_nothing_else() {
        let p = NetPolicy { allow_private: false, allowed_addrs: vec!["10.1.2.3".parse().unwrap()] };
        assert!(p.permits("10.1.2.3".parse().unwrap()));
        assert!(p.permits("::ffff:10.1.2.3".parse().unwrap()));
        assert!(!p.permits("10.1.2.4".parse().unwrap()));
        assert!(!p.permits("169.254.169.254".parse().unwrap()));
        assert!(check_url_host(&Url::parse("http://10.1.2.3/x").unwrap(), &p).is_ok());
        assert!(check_url_host(&Url::parse("http://10.1.2.4/x").unwrap(), &p).is_err());
    }

    #[tokio::test]
    async fn the_resolver_drops_loopback_answers() {
        let r = GuardedResolver { policy: NetPolicy::default() };
        let name: Name = "localhost".parse().unwrap();
        assert!(r.resolve(name).await.is_err());
        let r = GuardedResolver { policy: NetPolicy { allow_private: true, allowed_addrs: vec![] } };
        let name: Name = "localhost".parse().unwrap();
        let addrs: Vec<_> = r.resolve(name).await.unwrap().collect();
        assert!(addrs.iter().all(|a| a.ip().is_loopback()));
    }
}
