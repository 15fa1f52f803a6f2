namespace PyPack.Runtime.Modules.Zlib.Deflate;

/// <summary>
/// A dynamic Huffman tree as zlib builds it: each node's frequency is replaced by its code once the
/// codes are known (Fc), and its parent by its bit length (Dl). Leaves come first, then inner nodes.
/// </summary>
internal sealed class HuffmanTree(int size, int elems, int[] extraBits, int extraBase, int maxLength, ushort[]? staticLength)
{
    public readonly ushort[] Fc = new ushort[size];
    public readonly ushort[] Dl = new ushort[size];
    public readonly int Elems = elems;
    public readonly int[] ExtraBits = extraBits;
    public readonly int ExtraBase = extraBase;
    public readonly int MaxLength = maxLength;
    /// <summary>The lengths of the fixed code for the same symbols, to price the block with fixed codes; none for the code length tree.</summary>
    public readonly ushort[]? StaticLength = staticLength;
    /// <summary>The largest symbol with a nonzero frequency.</summary>
    public int MaxCode;

    public HuffmanTree Clone()
    {
        var copy = new HuffmanTree(Fc.Length, Elems, ExtraBits, ExtraBase, MaxLength, StaticLength) { MaxCode = MaxCode };
        Fc.CopyTo(copy.Fc, 0);
        Dl.CopyTo(copy.Dl, 0);
        return copy;
    }
}
