using System.IO.Compression;
using System.Text;

namespace PyPack.Runtime.Unicode;

/// <summary>Reads the lines of one of UnicodeData's deflated, base64-encoded tables.</summary>
internal static class UnicodeTable
{
    public static IEnumerable<string> Lines(string deflated)
    {
        using var z = new ZLibStream(new MemoryStream(Convert.FromBase64String(deflated)), CompressionMode.Decompress);
        using var reader = new StreamReader(z, Encoding.ASCII);
        while (reader.ReadLine() is { } line) yield return line;
    }

    /// <summary>Splits a "delta-hex rest" line, advancing the running code point.</summary>
    public static string Advance(string line, ref int codePoint)
    {
        var space = line.IndexOf(' ');
        codePoint += Convert.ToInt32(line[..space], 16);
        return line[(space + 1)..];
    }

    public static int[] CodePoints(string hexList)
    {
        var parts = hexList.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var points = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++) points[i] = Convert.ToInt32(parts[i], 16);
        return points;
    }

    public static string Text(int[] codePoints)
    {
        var sb = new StringBuilder(codePoints.Length);
        foreach (var cp in codePoints) sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }
}
