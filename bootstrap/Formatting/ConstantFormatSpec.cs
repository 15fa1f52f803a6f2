using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Formatting;

/// <summary>
/// A format spec written as a constant (an f-string's literal spec, a field of a cached
/// str.format template): parsed once, not at every use. Exact int, float and str values are
/// formatted with the parsed spec; anything else (a subclass, a class with __format__) gets
/// the text, as CPython passes it. A spec the grammar rejects keeps no parse: each use then
/// raises the error format() raises, worded for the value's type.
/// </summary>
public sealed class ConstantFormatSpec
{
    public string Text { get; }

    public FormatSpec? Parsed { get; }

    public ConstantFormatSpec(string text)
    {
        Text = text;
        try
        {
            Parsed = FormatSpec.Parse(text);
        }
        catch (PyException)
        {
            Parsed = null;
        }
    }
}
