import uuid

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RESERVED_NCS, "|", uuid.RFC_4122, "|", uuid.RESERVED_MICROSOFT, "|", uuid.RESERVED_FUTURE)
for name in ["python.org", "", "héllo"]:
    print(repr(name), uuid.uuid3(uuid.NAMESPACE_DNS, name), uuid.uuid5(uuid.NAMESPACE_DNS, name))
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid3(uuid.NAMESPACE_X500, "cn=x"))
print(uuid.uuid5(namespace=uuid.NAMESPACE_DNS, name="kw"))
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b"bytes name")
except TypeError as e:
    print("TypeError", e)

# Random and time-based ones: only their shape is deterministic.
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r == uuid.UUID(str(r)))
print(len({uuid.uuid4() for _ in range(100)}))
t = uuid.uuid1()
print(t.version, t.variant, len(t.hex))
t2 = uuid.uuid1()
print(t2.time >= t.time, t2 != t)
n = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
print(n.node == 0x123456789ABC, n.clock_seq == 0x1234, n.version)
node = uuid.getnode()
print(type(node).__name__, 0 < node < (1 << 48), node == uuid.getnode())

# Sorting, hashing, dict keys.
ids = [uuid.UUID(int=i * 0x1000000000000000000000000001) for i in [5, 1, 3]]
print(sorted(ids))
print(max(ids), min(ids), ids[0] > ids[1], ids[1] <= ids[1])
print(hash(ids[0]) == hash(ids[0].int), {ids[0]: "a"}[uuid.UUID(str(ids[0]))])
print(str(uuid.UUID(bytes=bytes(range(16)))), uuid.UUID(bytes=bytes(range(16))).bytes_le)
