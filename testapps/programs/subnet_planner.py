"""Plan subnets for sites from a CSV of requests, the way an ops team's IPAM helper does:
allocate the smallest block that fits each request from a pool, report what is left, and
check a list of hosts against the plan."""
import argparse
import csv
import io
import ipaddress
import math
from collections import defaultdict
from dataclasses import dataclass, field

REQUESTS = """site,segment,hosts,vlan
ams,servers,50,10
ams,users,200,20
ams,mgmt,10,99
fra,servers,120,10
fra,users,400,20
fra,dmz,6,30
lon,users,90,20
lon,voip,30,40
"""

HOSTS = ["10.20.0.5", "10.20.1.17", "10.20.3.200", "10.21.0.1", "192.168.1.1", "10.20.0.0",
         "2001:db8:20::10", "10.20.2.130", "not-an-ip", "10.20.255.255"]


@dataclass(order=True)
class Request:
    sort_key: tuple = field(init=False, repr=False)
    site: str
    segment: str
    hosts: int
    vlan: int

    def __post_init__(self):
        self.sort_key = (-self.hosts, self.site, self.segment)

    @property
    def prefix(self) -> int:
        # network + broadcast addresses come on top of the hosts
        return 32 - math.ceil(math.log2(self.hosts + 2))


@dataclass
class Allocation:
    request: Request
    network: ipaddress.IPv4Network

    def __str__(self):
        r = self.request
        usable = self.network.num_addresses - 2
        return (f"{r.site:<4} {r.segment:<8} vlan {r.vlan:>3}  {str(self.network):<17}"
                f" gw {self.network[1]!s:<12} usable {usable:>4} ({r.hosts / usable:6.1%})")


class PoolExhausted(Exception):
    pass


class Pool:
    def __init__(self, cidr: str):
        self.network = ipaddress.ip_network(cidr)
        self.free = [self.network]

    def take(self, prefix: int) -> ipaddress.IPv4Network:
        candidates = sorted((n for n in self.free if n.prefixlen <= prefix),
                            key=lambda n: (-n.prefixlen, n.network_address))
        if not candidates:
            raise PoolExhausted(f"no /{prefix} left in {self.network}")
        block = candidates[0]
        self.free.remove(block)
        chosen = next(block.subnets(new_prefix=prefix))
        self.free.extend(block.address_exclude(chosen))
        return chosen

    def remaining(self):
        return list(ipaddress.collapse_addresses(self.free))


def load(text: str):
    return [Request(row["site"], row["segment"], int(row["hosts"]), int(row["vlan"]))
            for row in csv.DictReader(io.StringIO(text))]


def plan(requests, pool):
    done, failed = [], []
    for req in sorted(requests):
        try:
            done.append(Allocation(req, pool.take(req.prefix)))
        except PoolExhausted as e:
            failed.append((req, str(e)))
    return done, failed


def locate(address: str, allocations):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError as e:
        return f"{address}: invalid ({e})"
    for a in allocations:
        if ip.version == a.network.version and ip in a.network:
            role = ("network" if ip == a.network.network_address else
                    "broadcast" if ip == a.network.broadcast_address else
                    "gateway" if ip == a.network[1] else "host")
            return f"{address}: {a.request.site}/{a.request.segment} ({role}, #{int(ip) - int(a.network.network_address)})"
    kind = "private" if ip.is_private else "public"
    return f"{address}: not allocated ({kind} v{ip.version})"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="subnet_planner")
    parser.add_argument("--pool", default="10.20.0.0/21")
    parser.add_argument("--small-pool", default="10.20.0.0/22")
    args = parser.parse_args(argv)

    requests = load(REQUESTS)
    pool = Pool(args.pool)
    allocations, failed = plan(requests, pool)
    print(f"pool {pool.network} ({pool.network.num_addresses} addresses)")
    for a in sorted(allocations, key=lambda a: a.network):
        print(" ", a)
    for req, why in failed:
        print("  FAILED", req.site, req.segment, "-", why)
    left = pool.remaining()
    print("free:", ", ".join(map(str, left)), "=", sum(n.num_addresses for n in left), "addresses")

    by_site = defaultdict(list)
    for a in allocations:
        by_site[a.request.site].append(a.network)
    print("summary routes:")
    for site in sorted(by_site):
        nets = sorted(by_site[site])
        first, last = nets[0].network_address, max(n.broadcast_address for n in nets)
        span = list(ipaddress.summarize_address_range(first, last))
        print(f"  {site}: {len(nets)} nets, span {' '.join(map(str, span))},"
              f" collapsed {[str(n) for n in ipaddress.collapse_addresses(nets)]}")

    print("lookups:")
    for h in HOSTS:
        print(" ", locate(h, allocations))

    small = Pool(args.small_pool)
    ok, failed = plan(requests, small)
    print(f"small pool {small.network}: {len(ok)} placed, {len(failed)} failed")
    for req, why in failed:
        print(f"  {req.site}/{req.segment} needs /{req.prefix}: {why}")

    overlaps = [(a.network, b.network) for i, a in enumerate(allocations)
                for b in allocations[i + 1:] if a.network.overlaps(b.network)]
    print("overlaps:", overlaps or "none")
    iface = ipaddress.ip_interface(f"{allocations[0].network[1]}/{allocations[0].network.prefixlen}")
    print(repr(iface), iface.with_netmask, iface.network.supernet(new_prefix=16))


if __name__ == "__main__":
    main([])
