using System.Linq;
using System.Numerics;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Hashlib;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Uuid;

/// <summary>
/// The <c>uuid</c> module: UUID, uuid1 (time and node), uuid3/uuid5 (MD5/SHA-1 of a namespace and
/// name), uuid4 (random), getnode, the RFC 4122 namespaces and variant names, SafeUUID's members.
/// </summary>
[PythonModule("uuid")]
[PythonExport("UUID")]
[PythonExport("SafeUUID")]
[PythonExport("uuid1")]
[PythonExport("uuid3")]
[PythonExport("uuid4")]
[PythonExport("uuid5")]
[PythonExport("getnode")]
[PythonExport("NAMESPACE_DNS")]
[PythonExport("NAMESPACE_URL")]
[PythonExport("NAMESPACE_OID")]
[PythonExport("NAMESPACE_X500")]
[PythonExport("RESERVED_NCS")]
[PythonExport("RFC_4122")]
[PythonExport("RESERVED_MICROSOFT")]
[PythonExport("RESERVED_FUTURE")]
public static class UuidModule
{
    internal const string ReservedNcs = "reserved for NCS compatibility";
    internal const string Rfc4122 = "specified in RFC 4122";
    internal const string ReservedMicrosoft = "reserved for Microsoft compatibility";
    internal const string ReservedFuture = "reserved for future definition";

    internal static readonly PyObject SafeUnknown = new SafeUuid("unknown", PyNone.Instance);

    private static long? s_node;
    private static BigInteger? s_lastTimestamp;

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("UUID", PyUuid.TypeObject);
        var safe = SafeUuid.TypeObject;
        safe.SetAttribute("safe", new SafeUuid("safe", PyInt.From(0)));
        safe.SetAttribute("unsafe", new SafeUuid("unsafe", PyInt.From(-1)));
        safe.SetAttribute("unknown", SafeUnknown);
        g.Set("SafeUUID", safe);
        g.Set("RESERVED_NCS", new PyStr(ReservedNcs));
        g.Set("RFC_4122", new PyStr(Rfc4122));
        g.Set("RESERVED_MICROSOFT", new PyStr(ReservedMicrosoft));
        g.Set("RESERVED_FUTURE", new PyStr(ReservedFuture));
        g.Set("NAMESPACE_DNS", Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"));
        g.Set("NAMESPACE_URL", Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"));
        g.Set("NAMESPACE_OID", Parse("6ba7b812-9dad-11d1-80b4-00c04fd430c8"));
        g.Set("NAMESPACE_X500", Parse("6ba7b814-9dad-11d1-80b4-00c04fd430c8"));
        var uuid3 = new NativeSignature("uuid3", ["namespace", "name"], 0);
        g.Set("uuid3", new PyBuiltinFunction("uuid3", (args, kw) => NameBased(uuid3, args, kw, new Md5(), 3)));
        var uuid5 = new NativeSignature("uuid5", ["namespace", "name"], 0);
        g.Set("uuid5", new PyBuiltinFunction("uuid5", (args, kw) => NameBased(uuid5, args, kw, new Sha1(), 5)));
        var uuid4 = new NativeSignature("uuid4", [], 0);
        g.Set("uuid4", new PyBuiltinFunction("uuid4", (args, kw) =>
        {
            uuid4.Bind(null, args, kw, []);
            var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(16);
            return PyUuid.Create([PyBytes.Of(bytes), PyInt.From(4)], ["bytes", "version"]);
        }));
        var uuid1 = new NativeSignature("uuid1", ["node", "clock_seq"], 2);
        g.Set("uuid1", new PyBuiltinFunction("uuid1", (args, kw) =>
        {
            var a = new PyObject?[uuid1.Slots];
            uuid1.Bind(null, args, kw, a);
            return TimeBased(a[0], a[1]);
        }));
        var getnode = new NativeSignature("getnode", [], 0);
        g.Set("getnode", new PyBuiltinFunction("getnode", (args, kw) =>
        {
            getnode.Bind(null, args, kw, []);
            return PyInt.From(GetNode());
        }));
    }

    private static PyUuid Parse(string text) => PyUuid.Create([new PyStr(text)], null);

    /// <summary>uuid3/uuid5: the digest of the namespace's bytes and the name (str names as UTF-8).</summary>
    private static PyObject NameBased(NativeSignature signature, ReadOnlySpan<PyObject> args, string[]? kw, HashEngine engine, int version)
    {
        var a = new PyObject?[signature.Slots];
        signature.Bind(null, args, kw, a);
        var ns = a[0]!;
        var nsBytes = Operations.Attributes.GetAttr(ns, "bytes");
        // CPython 3.11 encodes the name with bytes(name, "utf-8"): bytes names are refused too.
        if (a[1] is not PyStr name) throw Errors.TypeError("encoding without a string argument");
        if (Operations.Arithmetic.Add(nsBytes, PyBytes.Of(System.Text.Encoding.UTF8.GetBytes(name.Value))) is not PyBytes data)
        {
            throw Errors.TypeError("object supporting the buffer API required");
        }
        engine.Update(data.Data);
        var digest = engine.Digest();
        return PyUuid.Create([PyBytes.Of(digest[..16]), PyInt.From(version)], ["bytes", "version"]);
    }

    /// <summary>uuid1: 100 ns intervals since 1582-10-15, a random 14-bit clock sequence and the node.</summary>
    private static PyObject TimeBased(PyObject? node, PyObject? clockSeq)
    {
        var nanoseconds = (BigInteger)(DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
        var timestamp = nanoseconds / 100 + 0x01B21DD213814000;
        if (s_lastTimestamp is { } last && timestamp <= last) timestamp = last + 1;
        s_lastTimestamp = timestamp;
        var seq = clockSeq is null or PyNone ? new BigInteger(System.Security.Cryptography.RandomNumberGenerator.GetInt32(1 << 14)) : ((PyInt)clockSeq).Big;
        var nodeValue = node is null or PyNone ? new BigInteger(GetNode()) : ((PyInt)node).Big;
        PyObject[] fields =
        [
            PyInt.From(timestamp & 0xFFFFFFFF), PyInt.From((timestamp >> 32) & 0xFFFF), PyInt.From((timestamp >> 48) & 0x0FFF),
            PyInt.From((seq >> 8) & 0x3F), PyInt.From(seq & 0xFF), PyInt.From(nodeValue),
        ];
        return PyUuid.Create([PyTuple.FromArray(fields), PyInt.From(1)], ["fields", "version"]);
    }

    /// <summary>The hardware address of the first network interface that has one, else a random multicast node (RFC 4122 4.5).</summary>
    private static long GetNode()
    {
        if (s_node is { } known) return known;
        long node = 0;
        try
        {
            foreach (var dir in Directory.GetDirectories("/sys/class/net").Order(StringComparer.Ordinal))
            {
                var path = Path.Combine(dir, "address");
                if (!File.Exists(path)) continue;
                var text = File.ReadAllText(path).Trim().Replace(":", "", StringComparison.Ordinal);
                if (text.Length == 12 && long.TryParse(text, System.Globalization.NumberStyles.HexNumber, null, out var mac)
                    && mac != 0 && (mac & (1L << 40)) == 0)
                {
                    node = mac;
                    break;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        if (node == 0)
        {
            var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(8);
            node = (BitConverter.ToInt64(bytes) & 0xFFFFFFFFFFFF) | (1L << 40);
        }
        s_node = node;
        return node;
    }
}
