namespace PyPack.Runtime.Modules.Zlib.Deflate;

/// <summary>
/// One row of zlib's per-level tuning: stop the chain search early past a match of Good, look for a
/// lazy match only below Lazy (for the fast levels: insert a match's strings only up to this length),
/// stop at a match of Nice, and follow at most Chain hash links.
/// </summary>
internal readonly record struct DeflateLevel(int Good, int Lazy, int Nice, int Chain, DeflateLevel.Kind Strategy)
{
    public enum Kind
    {
        Stored,
        Fast,
        Slow,
    }

    public static readonly DeflateLevel[] Table =
    [
        new(0, 0, 0, 0, Kind.Stored),
        new(4, 4, 8, 4, Kind.Fast),
        new(4, 5, 16, 8, Kind.Fast),
        new(4, 6, 32, 32, Kind.Fast),
        new(4, 4, 16, 16, Kind.Slow),
        new(8, 16, 32, 32, Kind.Slow),
        new(8, 16, 128, 128, Kind.Slow),
        new(8, 32, 128, 256, Kind.Slow),
        new(32, 128, 258, 1024, Kind.Slow),
        new(32, 258, 258, 4096, Kind.Slow),
    ];
}
