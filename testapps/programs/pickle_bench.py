# pickle: dumps/loads at protocols 2-5 of records (dicts of str/int/float), lists of ints and
# strs, nested tuples, instances with a __dict__ and a class with __reduce__; round trips checked,
# a few pickles printed byte for byte, and the pickler/unpickler classes with a shared memo.
import io
import pickle
import sys

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


class Account:
    def __init__(self, owner, balance, tags):
        self.owner = owner
        self.balance = balance
        self.tags = tags

    def __eq__(self, other):
        return type(other) is Account and self.__dict__ == other.__dict__

    def __repr__(self):
        return "Account(%r, %r, %r)" % (self.owner, self.balance, self.tags)


class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __reduce__(self):
        return (Money, (self.cents, self.currency))

    def __eq__(self, other):
        return type(other) is Money and (self.cents, self.currency) == (other.cents, other.currency)

    def __repr__(self):
        return "Money(%d, %r)" % (self.cents, self.currency)


def make_record(i):
    return {
        "id": i,
        "name": "user-%d" % i,
        "country": ("BR", "FR", "JP", "US")[i % 4],
        "score": i * 1.25,
        "ratio": -i / 7,
        "big": 2 ** 65 + i,
        "negative": -i * 1000,
        "active": i % 3 == 0,
        "missing": None,
        "friends": [i * 7 % 101, i * 13 % 257, 70000 + i],
        "nick": "caf\u00e9-%d" % i if i % 5 == 0 else "n%d" % i,
        "blob": b"\x00\x01raw" * (i % 3),
    }


def make_data(n):
    records = [make_record(i) for i in range(n)]
    ints = list(range(-50, 50 * n, 7))
    strs = ["s%d" % (i % 40) for i in range(n * 3)]
    nested = ((1, (2, (3, (4, ("deep", 5.5))))), (), ("x",), tuple(range(10)))
    accounts = [Account("owner%d" % i, i * 100, ["t%d" % (i % 3), "all"]) for i in range(n // 4)]
    money = [Money(i * 99, "EUR" if i % 2 else "USD") for i in range(n // 4)]
    shared = ["shared", 1]
    return {
        "records": records,
        "ints": ints,
        "strs": strs,
        "nested": nested,
        "accounts": accounts,
        "money": money,
        "pair": (shared, shared),
    }


def checksum(data):
    h = 0
    for b in data:
        h = (h * 31 + b) & 0xFFFFFFFF
    return h


def main():
    data = make_data(60)
    lists = [[j * i for j in range(20)] for i in range(40)]
    total = 0
    for rnd in range(4 * SCALE):
        for protocol in (2, 3, 4, 5):
            blob = pickle.dumps(data, protocol)
            back = pickle.loads(blob)
            assert back == data, protocol
            assert back["pair"][0] is back["pair"][1]
            total += len(blob)
            blob2 = pickle.dumps(lists, protocol)
            assert pickle.loads(blob2) == lists
            total += len(blob2)
            for rec in data["records"][:20]:
                small = pickle.dumps(rec, protocol)
                total += len(small)
                assert pickle.loads(small) == rec
    print("total", total)
    for protocol in (2, 3, 4, 5):
        blob = pickle.dumps(data, protocol)
        print("protocol", protocol, len(blob), checksum(blob))
        print("  record", pickle.dumps(data["records"][5], protocol)[:80])
        print("  account", pickle.dumps(data["accounts"][1], protocol))
        print("  money", pickle.dumps(data["money"][1], protocol))
        print("  nested", pickle.dumps(data["nested"], protocol))
    back = pickle.loads(pickle.dumps(data))
    print(back["records"][5])
    print(back["accounts"][:2], back["money"][:2])
    print(back["nested"])
    # One Pickler over several dumps shares its memo; an Unpickler reads them back in order.
    f = io.BytesIO()
    p = pickle.Pickler(f, 4)
    p.dump(data["strs"][:5])
    p.dump(data["strs"][:5])
    f.seek(0)
    u = pickle.Unpickler(f)
    print(u.load(), u.load())
    print("file bytes", len(f.getvalue()))


main()
