using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Hashlib;

/// <summary>A hashlib hash object: update, digest, hexdigest, copy, name, digest_size, block_size.</summary>
internal sealed class PyHash(HashEngine engine) : PyObject
{
    public static readonly PyType HashType = CreateType("HASH", "_hashlib");
    public static readonly PyType Blake2bType = CreateType("blake2b", "_blake2");
    public static readonly PyType Blake2sType = CreateType("blake2s", "_blake2");
    // SHAKE's digest takes a length (CPython's OpenSSL-backed SHA-3 and SHAKE are HASH and HASHXOF).
    public static readonly PyType HashXofType = CreateType("HASHXOF", "_hashlib", shake: true);

    public HashEngine Engine { get; } = engine;

    public override PyType Type => Engine switch
    {
        Blake2b => Blake2bType,
        Blake2s => Blake2sType,
        Sha3 { IsShake: true } => HashXofType,
        _ => HashType,
    };

    public override string Repr() => Engine is Blake2b or Blake2s
        ? $"<{Type.QualifiedName} object at 0x{Identity.Of(this):x}>"
        : $"<{Engine.Name} {Type.QualifiedName} object @ 0x{Identity.Of(this):x}>";

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "name" => new PyStr(Engine.Name),
        "digest_size" => PyInt.From(Engine.DigestSize),
        "block_size" => PyInt.From(Engine.BlockSize),
        _ => null,
    };

    /// <summary>The bytes of a buffer argument, with hashlib's messages for str and other objects.</summary>
    public static ReadOnlySpan<byte> Buffer(PyObject data) => data switch
    {
        PyBytes b => b.Data,
        PyMemoryView m => m.ToArray(),
        PyStr => throw Errors.TypeError("Strings must be encoded before hashing"),
        _ => throw Errors.TypeError("object supporting the buffer API required"),
    };

    private static int OutputLength(PyObject length)
    {
        var n = ModuleArgs.Int(length);
        if (n < 0) throw Errors.ValueError("length must be non-negative");
        if (n >= 1L << 29) throw Errors.ValueError("length is too large");
        return (int)n;
    }

    private static PyType CreateType(string name, string module, bool shake = false)
    {
        var type = new PyType(name, null) { Module = module };
        var owner = name;
        type.Method("update", (self, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError($"{owner}.update() takes no keyword arguments");
            if (args.Length != 1) throw Errors.TypeError($"{owner}.update() takes exactly one argument ({args.Length} given)");
            ((PyHash)self).Engine.Update(Buffer(args[0]));
            return PyNone.Instance;
        });
        if (shake)
        {
            // SHAKE's digest and hexdigest take the length of the output.
            type.Method("digest", static (self, length) => PyBytes.Of(((PyHash)self).Engine.Digest(OutputLength(length))));
            type.Method("hexdigest", static (self, length) => new PyStr(Convert.ToHexStringLower(((PyHash)self).Engine.Digest(OutputLength(length)))));
        }
        else
        {
            type.Method("digest", static self => PyBytes.Of(((PyHash)self).Engine.Digest()));
            type.Method("hexdigest", static self => new PyStr(Convert.ToHexStringLower(((PyHash)self).Engine.Digest())));
        }
        type.Method("copy", static self => new PyHash(((PyHash)self).Engine.Clone()));
        return type;
    }
}
