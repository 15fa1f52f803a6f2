using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Csv;

/// <summary>
/// The format parameters of a dialect csv.py has already checked, read once into fields so the
/// reader and writer compare code points instead of looking attributes up per character.
/// A character parameter that is None is -1, which no code point equals.
/// </summary>
internal sealed class CsvFormat
{
    public const int QuoteMinimal = 0, QuoteAll = 1, QuoteNonNumeric = 2, QuoteNone = 3;

    public readonly PyObject Dialect;
    public readonly int Delimiter;
    public readonly int QuoteChar;
    public readonly int EscapeChar;
    public readonly bool DoubleQuote;
    public readonly bool SkipInitialSpace;
    public readonly bool Strict;
    public readonly int Quoting;
    public readonly string LineTerminator;

    public CsvFormat(PyObject dialect)
    {
        Dialect = dialect;
        Delimiter = Char(dialect, "delimiter");
        QuoteChar = Char(dialect, "quotechar");
        EscapeChar = Char(dialect, "escapechar");
        DoubleQuote = Truth.IsTrue(Attributes.GetAttr(dialect, "doublequote"));
        SkipInitialSpace = Truth.IsTrue(Attributes.GetAttr(dialect, "skipinitialspace"));
        Strict = Truth.IsTrue(Attributes.GetAttr(dialect, "strict"));
        Quoting = (int)ModuleArgs.Int(Attributes.GetAttr(dialect, "quoting"));
        LineTerminator = Text.Str(Attributes.GetAttr(dialect, "lineterminator"));
    }

    private static int Char(PyObject dialect, string name) => Attributes.GetAttr(dialect, name) switch
    {
        PyStr s when s.Value.Length > 0 => CsvReader.CodePointAt(s.Value, 0),
        _ => -1,
    };
}
