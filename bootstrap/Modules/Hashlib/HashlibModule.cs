using System.Linq;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Hashlib;

/// <summary>
/// The <c>hashlib</c> module: md5, sha1, the SHA-2 and SHA-3 families, SHAKE, blake2b and blake2s computed in
/// managed code, new(), file_digest() and the algorithm sets.
/// </summary>
[PythonModule("hashlib")]
[PythonExport("md5")]
[PythonExport("sha1")]
[PythonExport("sha224")]
[PythonExport("sha256")]
[PythonExport("sha384")]
[PythonExport("sha512")]
[PythonExport("blake2b")]
[PythonExport("blake2s")]
[PythonExport("sha3_224")]
[PythonExport("sha3_256")]
[PythonExport("sha3_384")]
[PythonExport("sha3_512")]
[PythonExport("shake_128")]
[PythonExport("shake_256")]
[PythonExport("new")]
[PythonExport("file_digest")]
[PythonExport("pbkdf2_hmac")]
[PythonExport("algorithms_guaranteed")]
[PythonExport("algorithms_available")]
public static class HashlibModule
{
    private static readonly string[] Algorithms =
        ["blake2b", "blake2s", "md5", "sha1", "sha224", "sha256", "sha384", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "sha512", "shake_128", "shake_256"];

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        foreach (var name in Algorithms.Where(n => !n.StartsWith("blake2", StringComparison.Ordinal)))
        {
            var algorithm = name;
            var binder = "openssl_" + name;
            g.Set(name, new PyBuiltinFunction(name, (args, kw) =>
            {
                var a = ModuleArgs.Bind(binder, args, kw, ["string", "usedforsecurity"], 0, keywordOnlyFrom: 1);
                return Create(algorithm, a[0]);
            }));
        }
        g.Set("blake2b", new PyBuiltinFunction("blake2b", static (args, kw) => Blake2(args, kw, wide: true)));
        g.Set("blake2s", new PyBuiltinFunction("blake2s", static (args, kw) => Blake2(args, kw, wide: false)));
        g.Set("new", new PyBuiltinFunction("new", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("new", args, kw, ["name", "data", "usedforsecurity"], 1, keywordOnlyFrom: 2);
            if (a[0] is not PyStr name) throw Errors.TypeError($"new() argument 'name' must be str, not {a[0]!.Type.TpName}");
            return Create(name.Value.ToLowerInvariant(), a[1], name.Value);
        }));
        g.Set("file_digest", new PyBuiltinFunction("file_digest", FileDigest));
        g.Set("pbkdf2_hmac", new PyBuiltinFunction("pbkdf2_hmac", Pbkdf2Hmac));
        g.Set("algorithms_guaranteed", AlgorithmSet());
        g.Set("algorithms_available", AlgorithmSet());
    }

    private static PySet AlgorithmSet()
    {
        var set = new PySet(frozen: true);
        foreach (var n in Algorithms) set.Add(new PyStr(n));
        return set;
    }

    private static HashEngine? Engine(string name) => name switch
    {
        "md5" => new Md5(),
        "sha1" => new Sha1(),
        "sha224" => new Sha256(is224: true),
        "sha256" => new Sha256(),
        "sha384" => new Sha512(is384: true),
        "sha512" => new Sha512(),
        "blake2b" => new Blake2b(64, [], [], []),
        "blake2s" => new Blake2s(32, [], [], []),
        "sha3_224" => new Sha3(224, shake: false),
        "sha3_256" => new Sha3(256, shake: false),
        "sha3_384" => new Sha3(384, shake: false),
        "sha3_512" => new Sha3(512, shake: false),
        "shake_128" => new Sha3(128, shake: true),
        "shake_256" => new Sha3(256, shake: true),
        _ => null,
    };

    private static PyHash Create(string name, PyObject? data, string? asGiven = null)
    {
        var engine = Engine(name) ?? throw Errors.ValueError($"unsupported hash type {asGiven ?? name}");
        var hash = new PyHash(engine);
        if (data is not null) engine.Update(PyHash.Buffer(data));
        return hash;
    }

    /// <summary>blake2b(...) and blake2s(...): the same parameters, with limits half as large for blake2s.</summary>
    private static PyObject Blake2(ReadOnlySpan<PyObject> args, string[]? kw, bool wide)
    {
        var name = wide ? "blake2b" : "blake2s";
        var a = ModuleArgs.Bind(name, args, kw,
            ["data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"],
            0, keywordOnlyFrom: 1);
        var maxDigest = wide ? 64 : 32;
        var maxSalt = wide ? 16 : 8;
        var digestSize = a[1] is null ? maxDigest : ModuleArgs.Int(a[1]!);
        if (digestSize < 1 || digestSize > maxDigest) throw Errors.ValueError($"digest_size must be between 1 and {maxDigest} bytes");
        var key = a[2] is null ? [] : PyHash.Buffer(a[2]!);
        if (key.Length > maxDigest) throw Errors.ValueError($"maximum key length is {maxDigest} bytes");
        var salt = a[3] is null ? [] : PyHash.Buffer(a[3]!);
        if (salt.Length > maxSalt) throw Errors.ValueError($"maximum salt length is {maxSalt} bytes");
        var person = a[4] is null ? [] : PyHash.Buffer(a[4]!);
        if (person.Length > maxSalt) throw Errors.ValueError($"maximum person length is {maxSalt} bytes");
        for (var i = 5; i < 12; i++)
        {
            if (a[i] is not null) throw Errors.NotImplemented($"{name} tree hashing parameters");
        }
        HashEngine engine = wide ? new Blake2b((int)digestSize, key, salt, person) : new Blake2s((int)digestSize, key, salt, person);
        if (a[0] is not null) engine.Update(PyHash.Buffer(a[0]!));
        return new PyHash(engine);
    }

    /// <summary>pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None): PBKDF2 (RFC 8018) with HMAC-hash_name.</summary>
    private static PyObject Pbkdf2Hmac(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("pbkdf2_hmac", args, kw, ["hash_name", "password", "salt", "iterations", "dklen"], 4);
        if (a[0] is not PyStr hashName) throw Errors.TypeError($"pbkdf2_hmac() argument 'hash_name' must be str, not {a[0]!.Type.TpName}");
        var name = hashName.Value.ToLowerInvariant();
        // SHAKE has no fixed digest for HMAC to use.
        var probe = name.StartsWith("shake_", StringComparison.Ordinal) ? null : Engine(name);
        if (probe is null) throw Errors.ValueError($"unsupported hash type {hashName.Value}");
        var password = BytesMethods.BytesLike(a[1]!, "a bytes-like object is required, not '{0}'");
        var salt = BytesMethods.BytesLike(a[2]!, "a bytes-like object is required, not '{0}'");
        var iterations = ModuleArgs.Int(a[3]!);
        if (iterations < 1) throw Errors.ValueError("iteration value must be greater than 0.");
        if (iterations > uint.MaxValue) throw Errors.OverflowError("iteration value is too great.");
        var size = probe.DigestSize;
        var dklen = a[4] is null or PyNone ? size : ModuleArgs.Int(a[4]!);
        if (dklen < 1) throw Errors.ValueError("key length must be greater than 0.");
        if (dklen > int.MaxValue) throw Errors.OverflowError("key length is too great.");

        // HMAC's keyed inner and outer states, cloned for every block of every iteration.
        var blockSize = probe.BlockSize;
        var key = password.Length > blockSize ? Hash(name, password) : password;
        var inner = Engine(name)!;
        var outer = Engine(name)!;
        var pad = new byte[blockSize];
        for (var i = 0; i < blockSize; i++) pad[i] = (byte)((i < key.Length ? key[i] : 0) ^ 0x36);
        inner.Update(pad);
        for (var i = 0; i < blockSize; i++) pad[i] = (byte)((i < key.Length ? key[i] : 0) ^ 0x5c);
        outer.Update(pad);
        byte[] Mac(ReadOnlySpan<byte> message)
        {
            var h = inner.Clone();
            h.Update(message);
            var o = outer.Clone();
            o.Update(h.Digest());
            return o.Digest();
        }

        var result = new byte[dklen];
        var counter = new byte[4];
        for (long block = 1, done = 0; done < dklen; block++)
        {
            counter[0] = (byte)(block >> 24);
            counter[1] = (byte)(block >> 16);
            counter[2] = (byte)(block >> 8);
            counter[3] = (byte)block;
            var u = Mac([.. salt, .. counter]);
            var t = (byte[])u.Clone();
            for (long n = 1; n < iterations; n++)
            {
                u = Mac(u);
                for (var j = 0; j < t.Length; j++) t[j] ^= u[j];
            }
            var take = (int)System.Math.Min(t.Length, dklen - done);
            t.AsSpan(0, take).CopyTo(result.AsSpan((int)done));
            done += take;
        }
        return PyBytes.Of(result);
    }

    private static byte[] Hash(string name, ReadOnlySpan<byte> data)
    {
        var engine = Engine(name)!;
        engine.Update(data);
        return engine.Digest();
    }

    /// <summary>file_digest(fileobj, digest): reads the binary file object to its end in chunks.</summary>
    private static PyObject FileDigest(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("file_digest", args, kw, ["fileobj", "digest"], 2, keywordOnlyFrom: 2);
        var digest = a[1]!;
        var hash = digest is PyStr name ? Create(name.Value, null) : digest.Call0() as PyHash
            ?? throw Errors.NotImplemented("file_digest with a digest that is not a hashlib constructor");
        while (true)
        {
            var chunk = Operations.Attributes.CallMethod1(a[0]!, "read", PyInt.From(1 << 18));
            if (chunk is not PyBytes bytes) throw Errors.ValueError($"'{a[0]!.Type.TpName}' object is not in binary mode.");
            if (bytes.Count == 0) break;
            hash.Engine.Update(bytes.Data);
        }
        return hash;
    }
}
