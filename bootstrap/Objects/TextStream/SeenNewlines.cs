namespace PyPack.Runtime.Objects;

/// <summary>
/// The kinds of line ending a text stream's newline decoder has met (newline None or ""), for
/// its <c>newlines</c> attribute: None, the one kind, or a tuple of them in CPython's order.
/// </summary>
public struct SeenNewlines
{
    private const byte CR = 1, LF = 2, CRLF = 4;
    private byte _kinds;

    /// <summary>Notes the line endings of <paramref name="text"/> as it was before any translation.</summary>
    public void Scan(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny('\r', '\n'); i >= 0 && i < text.Length; i++)
        {
            if (text[i] == '\n') _kinds |= LF;
            else if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    _kinds |= CRLF;
                    i++;
                }
                else _kinds |= CR;
            }
        }
    }

    public readonly PyObject ToPython()
    {
        var kinds = new List<PyObject>(3);
        if ((_kinds & CR) != 0) kinds.Add(new PyStr("\r"));
        if ((_kinds & LF) != 0) kinds.Add(new PyStr("\n"));
        if ((_kinds & CRLF) != 0) kinds.Add(new PyStr("\r\n"));
        return kinds.Count switch
        {
            0 => PyNone.Instance,
            1 => kinds[0],
            _ => PyTuple.FromArray(kinds.ToArray()),
        };
    }
}
