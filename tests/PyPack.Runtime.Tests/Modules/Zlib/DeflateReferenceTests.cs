using System.Security.Cryptography;
using System.Text;
using PyPack.Runtime.Modules.Zlib;

namespace PyPack.Runtime.Tests.Modules.Zlib;

/// <summary>
/// The compressor against CPython's zlib 1.2.13: deflate_reference.txt holds the length and SHA-256 of
/// what CPython produced for each input and operation (generate_deflate_reference.py writes it; the
/// inputs are rebuilt here by the same generator).
/// </summary>
public class DeflateReferenceTests
{
    private static readonly string[] Words = ("the of and to in is was that for it with as his on be at by had are but from or have an they which one "
        + "you were her all she there would their we him been has when who will more no if out so said what up its "
        + "about into than them can only other new some could time these two may then do first any my now such like "
        + "our over man me even most made after also did many before must through back years where much your way well "
        + "down should because each just those people how too little state good very make world still own see men work "
        + "long get here between both life being under never day same another know while last might us great old year").Split(' ');

    private static readonly Dictionary<string, byte[]> Inputs = [];

    private sealed class Rng(uint seed)
    {
        private uint _x = seed == 0 ? 1 : seed;

        public uint Next()
        {
            var x = _x;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            return _x = x;
        }
    }

    private static byte[] Make(string kind, int size, uint seed)
    {
        if (kind == "zeros") return new byte[size];
        var r = new Rng(seed);
        var output = new List<byte>(size + 2000);
        while (output.Count < size)
        {
            switch (kind)
            {
                case "random":
                    output.Add((byte)(r.Next() >> 24));
                    break;
                case "text":
                    output.AddRange(Encoding.ASCII.GetBytes(Words[r.Next() % (uint)Words.Length]));
                    output.Add(r.Next() % 13 == 0 ? (byte)'\n' : (byte)' ');
                    break;
                case "runs":
                    var b = (byte)(97 + r.Next() % 4);
                    var n = (int)(r.Next() % 300 + 1);
                    for (var i = 0; i < n; i++) output.Add(b);
                    break;
                case "skewed":
                    var v = r.Next();
                    var bits = 0;
                    while ((v & 1) != 0 && bits < 40)
                    {
                        bits++;
                        v >>= 1;
                    }
                    output.Add((byte)bits);
                    break;
                case "mixed":
                    var pick = r.Next() % 3;
                    output.AddRange(pick == 0 ? Make("text", 1500, r.Next()) : pick == 1 ? Make("random", 300, r.Next()) : Make("runs", 700, r.Next()));
                    break;
                default:
                    throw new ArgumentException(kind);
            }
        }
        return [.. output.GetRange(0, size)];
    }

    private static byte[] Input(string spec)
    {
        lock (Inputs)
        {
            if (Inputs.TryGetValue(spec, out var data)) return data;
            var parts = spec.Split(':');
            return Inputs[spec] = Make(parts[0], int.Parse(parts[1]), uint.Parse(parts[2]));
        }
    }

    private static byte[] Run(byte[] data, string op)
    {
        var f = op.Split(' ');
        if (f[0] == "compress") return ZlibCompressor.CompressAll(data, int.Parse(f[1]), int.Parse(f[2]));
        var c = new ZlibCompressor(int.Parse(f[1]), int.Parse(f[2]), int.Parse(f[3]), int.Parse(f[4]));
        if (f[5] != "-") c.SetDictionary(Input(f[5])).ShouldBeTrue();
        var output = new List<byte>();
        var pos = 0;
        foreach (var step in f[6].Split(','))
        {
            if (step == "copy")
            {
                c = c.Copy();
            }
            else if (step[0] == 'c')
            {
                var n = step == "c*" ? data.Length - pos : System.Math.Min(int.Parse(step[1..]), data.Length - pos);
                output.AddRange(c.Compress(data[pos..(pos + n)]));
                pos += n;
            }
            else
            {
                output.AddRange(c.Flush(int.Parse(step[1..])).Output);
            }
        }
        return [.. output];
    }

    public static TheoryData<string> Groups()
    {
        var data = new TheoryData<string>();
        foreach (var g in Lines().Select(l => Group(l)).Distinct()) data.Add(g);
        return data;
    }

    private static string Group(string line) => line.Split(" | ")[1].Split(' ')[0] + " " + line.Split(':')[0];

    private static IEnumerable<string> Lines() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Modules", "Zlib", "deflate_reference.txt")).Where(l => l.Length > 0);

    [Theory]
    [MemberData(nameof(Groups))]
    public void Output_is_byte_identical_to_zlib_1_2_13(string group)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var line in Lines().Where(l => Group(l) == group))
        {
            var parts = line.Split(" | ");
            var output = Run(Input(parts[0]), parts[1]);
            var actual = $"{output.Length} {Convert.ToHexStringLower(SHA256.HashData(output))}";
            count++;
            if (actual != parts[2]) failures.Add($"{parts[0]} | {parts[1]}: expected {parts[2].Split(' ')[0]} bytes, got {output.Length}{(output.Length.ToString() == parts[2].Split(' ')[0] ? " (different bytes)" : "")}");
        }
        count.ShouldBeGreaterThan(0);
        failures.ShouldBeEmpty($"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(25)));
    }
}
