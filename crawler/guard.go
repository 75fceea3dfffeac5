package crawler

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"

	"github.com/dialoguewatch/dialoguewatch/config"
)

// ErrAddressRefused is returned for a connection the address guard refused.
var ErrAddressRefused = errors.New("address refused")

// metadata are cloud instance-metadata endpoints: refused even when
// private addresses are allowed, because no news site lives there and a
// crawler that can be redirected to them leaks credentials.
var metadata = []netip.Addr{
	netip.MustParseAddr("169.254.169.254"), // AWS, GCP, Azure, OpenStack
	netip.MustParseAddr("169.254.170.2"),   // AWS ECS task metadata
	netip.MustParseAddr("100.100.100.200"), // Alibaba Cloud
	netip.MustParseAddr("fd00:ec2::254"),   // AWS IPv6
}

// special are ranges that are not the public internet besides the ones
// netip classifies (loopback, private, link-local…).
var special = []netip.Prefix{
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
}

// guard decides, at dial time, whether the crawler may connect to an
// address. Checking the resolved address of every connection (not the URL)
// covers redirects and DNS names that resolve to internal addresses.
type guard struct {
	allowPrivate bool
	addrs        []netip.Addr     // allowed private IPs, any port
	prefixes     []netip.Prefix   // allowed private ranges
	addrPorts    []netip.AddrPort // allowed private IP:port
}

func newGuard(src config.Source) *guard {
	g := &guard{allowPrivate: src.AllowPrivateAddresses}
	for _, a := range src.AllowAddresses {
		if ip, err := netip.ParseAddr(a); err == nil {
			g.addrs = append(g.addrs, ip.Unmap())
		} else if p, err := netip.ParsePrefix(a); err == nil {
			g.prefixes = append(g.prefixes, p)
		} else if ap, err := netip.ParseAddrPort(a); err == nil {
			g.addrPorts = append(g.addrPorts, netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port()))
		}
	}
	return g
}

// check returns nil when address ("ip:port") may be dialled.
func (g *guard) check(address string) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrAddressRefused, address, err)
	}
	ip := ap.Addr().Unmap()
	ap = netip.AddrPortFrom(ip, ap.Port())
	for _, a := range g.addrPorts {
		if a == ap {
			return nil
		}
	}
	for _, a := range g.addrs {
		if a == ip {
			return nil
		}
	}
	for _, p := range g.prefixes {
		if p.Contains(ip) {
			return nil
		}
	}
	for _, m := range metadata {
		if ip == m {
			return fmt.Errorf("%w: %s is a cloud metadata address", ErrAddressRefused, address)
		}
	}
	if ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() || ip == netip.AddrFrom4([4]byte{255, 255, 255, 255}) {
		return fmt.Errorf("%w: %s is not a unicast address", ErrAddressRefused, address)
	}
	private := ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast()
	for _, p := range special {
		if p.Contains(ip) {
			private = true
		}
	}
	if private && !g.allowPrivate {
		return fmt.Errorf("%w: %s is a loopback, private or link-local address (allow_private_addresses or allow_addresses)", ErrAddressRefused, address)
	}
	return nil
}

// control is a net.Dialer.Control: it runs after DNS resolution, on the
// address actually dialled.
func (g *guard) control(_, address string, _ syscall.RawConn) error {
	return g.check(address)
}

// newTransport is the network layer built from a source: dial and TLS
// timeouts, the address guard, no proxy from the environment (a proxy
// would make the guard check the proxy, not the site) and no transparent
// decompression (the layer above decompresses under the size cap).
func newTransport(src config.Source) *http.Transport {
	d := &net.Dialer{
		Timeout:   src.DialTimeout,
		KeepAlive: 30 * time.Second,
		Control:   newGuard(src).control,
	}
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		TLSHandshakeTimeout:   src.TLSTimeout,
		ResponseHeaderTimeout: src.HeaderTimeout,
		ExpectContinueTimeout: time.Second,
		DisableCompression:    true,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          16,
		MaxIdleConnsPerHost:   max(src.Parallelism, 2),
		IdleConnTimeout:       90 * time.Second,
	}
}
