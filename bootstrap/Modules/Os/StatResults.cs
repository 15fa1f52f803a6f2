using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Os;

/// <summary>os.stat_result: ten tuple fields as CPython fills them, plus the float and _ns times.</summary>
internal static unsafe class StatResults
{
    public static readonly PyType TypeObject = PyStructSequence.CreateType("os", "stat_result");

    private static readonly string[] Names =
    [
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
    ];

    public const uint TypeMask = 0xF000;
    public const uint Directory = 0x4000;
    public const uint Regular = 0x8000;
    public const uint SymbolicLink = 0xA000;

    /// <summary>stat or lstat of a path argument, raising CPython's OSError on failure.</summary>
    public static PyStructSequence Stat(PyObject pathObject, string function, bool followSymlinks)
    {
        var path = OsPaths.Path(pathObject, function, OsPaths.AllowsFd);
        if (!TryStat(path, followSymlinks, out var buffer, out var errno)) throw OsPaths.Error(errno, pathObject);
        return From(buffer);
    }

    /// <summary>os.fstat(fd).</summary>
    public static PyStructSequence Fstat(int fd)
    {
        Posix.StatBuffer b;
        if (Posix.Fstat(fd, &b) != 0) throw OsPaths.Error(Posix.Errno);
        return From(b);
    }

    public static bool TryStat(string path, bool followSymlinks, out Posix.StatBuffer buffer, out int errno)
    {
        Posix.StatBuffer b;
        var rc = followSymlinks ? Posix.Stat(path, &b) : Posix.Lstat(path, &b);
        buffer = b;
        errno = rc == 0 ? 0 : Posix.Errno;
        return rc == 0;
    }

    /// <summary>The st_mode of a path, or null when it cannot be stat'ed.</summary>
    public static uint? Mode(string path, bool followSymlinks = true) =>
        TryStat(path, followSymlinks, out var b, out _) ? b.Mode : null;

    public static PyStructSequence From(in Posix.StatBuffer b)
    {
        PyObject[] values =
        [
            PyInt.From(b.Mode), PyInt.From((long)b.Ino), PyInt.From((long)b.Dev), PyInt.From((long)b.Nlink),
            PyInt.From(b.Uid), PyInt.From(b.Gid), PyInt.From(b.Size),
            PyInt.From(b.AtimeSec), PyInt.From(b.MtimeSec), PyInt.From(b.CtimeSec),
            new PyFloat(b.AtimeSec + b.AtimeNsec * 1e-9), new PyFloat(b.MtimeSec + b.MtimeNsec * 1e-9), new PyFloat(b.CtimeSec + b.CtimeNsec * 1e-9),
            Nanoseconds(b.AtimeSec, b.AtimeNsec), Nanoseconds(b.MtimeSec, b.MtimeNsec), Nanoseconds(b.CtimeSec, b.CtimeNsec),
            PyInt.From(b.BlockSize), PyInt.From(b.Blocks), PyInt.From((long)b.Rdev),
        ];
        return new PyStructSequence(TypeObject, Names, values, 10);
    }

    private static PyInt Nanoseconds(long seconds, long nanoseconds) =>
        PyInt.From(new System.Numerics.BigInteger(seconds) * 1_000_000_000 + nanoseconds);
}
