//! Who is asking: the client's address, from the TCP peer or, behind a reverse proxy listed in
//! `--trusted-proxies`, from its `X-Forwarded-For`. The sign-in rate limit, the metrics allow
//! list and the access log all use it. A client's own `X-Forwarded-For` is ignored unless it
//! came through a trusted proxy, so nobody can pick the address they are counted under.

use std::net::{IpAddr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::{Extensions, HeaderMap};
use ipnet::IpNet;

/// The client address of a request, set by the outermost layer for the others to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

/// The client of a request that reached us from `peer`.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    // Each proxy appends the address it got the request from: the right-most address that is
    // not one of ours is the client.
    let mut client = peer;
    for value in headers.get_all("x-forwarded-for") {
        let Ok(text) = value.to_str() else { continue };
        for hop in text.split(',').rev() {
            let Ok(ip) = hop.trim().parse::<IpAddr>() else {
                return client;
            };
            client = ip;
            if !is_trusted(&ip) {
                return ip;
            }
        }
    }
    client
}

/// The address the outermost layer found, or the TCP peer (tests that skip that layer).
pub fn of(extensions: &Extensions) -> Option<IpAddr> {
    extensions.get::<ClientAddr>().map(|c| c.0).or_else(|| {
        extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in xff {
            h.append("x-forwarded-for", v.parse().unwrap());
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_addresses_count_only_through_trusted_proxies() {
        let proxies: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        let spoofed = headers(&["6.6.6.6"]);
        // Straight from the internet: the header is the client's own claim, ignored.
        assert_eq!(
            client_ip(ip("203.0.113.9"), &spoofed, &proxies),
            ip("203.0.113.9")
        );
        // Through our proxy: the right-most address not ours.
        let h = headers(&["6.6.6.6, 198.51.100.7"]);
        assert_eq!(client_ip(ip("10.0.0.2"), &h, &proxies), ip("198.51.100.7"));
        // Through two proxies of ours.
        let h = headers(&["198.51.100.7, 10.0.0.3"]);
        assert_eq!(client_ip(ip("10.0.0.2"), &h, &proxies), ip("198.51.100.7"));
        // No proxies configured: always the peer.
        assert_eq!(client_ip(ip("10.0.0.2"), &h, &[]), ip("10.0.0.2"));
        // A trusted proxy that sent nothing usable: the proxy itself.
        assert_eq!(
            client_ip(ip("10.0.0.2"), &headers(&["junk"]), &proxies),
            ip("10.0.0.2")
        );
    }
}
