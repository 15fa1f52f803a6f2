using System.Text;

namespace PyPack.Compiler.Syntax;

/// <summary>
/// Interns identifiers straight from UTF-8 bytes, so a name seen twice is allocated once, and
/// remembers which names are keywords.
/// </summary>
internal sealed class NameTable
{
    private struct Entry
    {
        public int Hash;
        public string? Text;
        public TokenKind Kind;
    }

    private Entry[] _entries = new Entry[1024];
    private int _count;

    private static readonly (string, TokenKind)[] s_keywords =
    [
        ("False", TokenKind.False), ("None", TokenKind.None), ("True", TokenKind.True), ("and", TokenKind.And),
        ("as", TokenKind.As), ("assert", TokenKind.Assert), ("async", TokenKind.Async), ("await", TokenKind.Await),
        ("break", TokenKind.Break), ("class", TokenKind.Class), ("continue", TokenKind.Continue), ("def", TokenKind.Def),
        ("del", TokenKind.Del), ("elif", TokenKind.Elif), ("else", TokenKind.Else), ("except", TokenKind.Except),
        ("finally", TokenKind.Finally), ("for", TokenKind.For), ("from", TokenKind.From), ("global", TokenKind.Global),
        ("if", TokenKind.If), ("import", TokenKind.Import), ("in", TokenKind.In), ("is", TokenKind.Is),
        ("lambda", TokenKind.Lambda), ("nonlocal", TokenKind.Nonlocal), ("not", TokenKind.Not), ("or", TokenKind.Or),
        ("pass", TokenKind.Pass), ("raise", TokenKind.Raise), ("return", TokenKind.Return), ("try", TokenKind.Try),
        ("while", TokenKind.While), ("with", TokenKind.With), ("yield", TokenKind.Yield),
    ];

    public NameTable()
    {
        foreach (var (text, kind) in s_keywords)
        {
            byte[] b = Encoding.ASCII.GetBytes(text);
            Add(Hash(b), text, kind);
        }
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        uint h = 2166136261;
        foreach (byte b in bytes)
            h = (h ^ b) * 16777619;
        return (int)(h & 0x7fffffff);
    }

    /// <summary>The interned text of an ASCII identifier and its token kind (Name or a keyword).</summary>
    public string Lookup(ReadOnlySpan<byte> bytes, out TokenKind kind)
    {
        int hash = Hash(bytes);
        int mask = _entries.Length - 1;
        int i = hash & mask;
        while (true)
        {
            ref Entry e = ref _entries[i];
            if (e.Text == null)
                break;
            if (e.Hash == hash && Equal(e.Text, bytes))
            {
                kind = e.Kind;
                return e.Text;
            }
            i = (i + 1) & mask;
        }
        string text = Encoding.UTF8.GetString(bytes);
        kind = TokenKind.Name;
        Add(hash, text, kind);
        return text;
    }

    private static bool Equal(string s, ReadOnlySpan<byte> bytes)
    {
        if (s.Length != bytes.Length)
            return false;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (s[i] != bytes[i])
                return false;
        }
        return true;
    }

    private void Add(int hash, string text, TokenKind kind)
    {
        if ((_count + 1) * 2 > _entries.Length)
            Grow();
        int mask = _entries.Length - 1;
        int i = hash & mask;
        while (_entries[i].Text != null)
            i = (i + 1) & mask;
        _entries[i] = new Entry { Hash = hash, Text = text, Kind = kind };
        _count++;
    }

    private void Grow()
    {
        Entry[] old = _entries;
        _entries = new Entry[old.Length * 2];
        int mask = _entries.Length - 1;
        foreach (Entry e in old)
        {
            if (e.Text == null)
                continue;
            int i = e.Hash & mask;
            while (_entries[i].Text != null)
                i = (i + 1) & mask;
            _entries[i] = e;
        }
    }
}
