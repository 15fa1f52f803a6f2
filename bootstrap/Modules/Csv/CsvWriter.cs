using System.Text;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Csv;

/// <summary>
/// What csv.writer returns (<c>_csv.writer</c>): writerow formats a record by the dialect's
/// quoting rules and passes it, line terminator included, to the file object's write in one call.
/// </summary>
public sealed class CsvWriter : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyObject _write;
    private readonly CsvFormat _format;
    private readonly StringBuilder _record = new();

    internal CsvWriter(PyObject write, CsvFormat format)
    {
        _write = write;
        _format = format;
    }

    public override PyType Type => TypeObject;

    public override PyObject? GetOwnAttribute(string name) => name == "dialect" ? _format.Dialect : null;

    // PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted.
    private static bool IsNumber(PyObject field) =>
        field is PyInt or PyFloat or PyComplex
        || field.Type.Lookup("__index__") is not null || field.Type.Lookup("__int__") is not null
        || field.Type.Lookup("__float__") is not null;

    public PyObject WriteRow(PyObject row)
    {
        var d = _format;
        var fields = row.Iter() ?? throw Errors.Raise(CsvModule.Error, $"iterable expected, not {row.Type.TpName}");
        var record = _record;
        record.Clear();
        var count = 0;
        for (var field = fields.Next(); field is not null; field = fields.Next())
        {
            var quoted = d.Quoting == CsvFormat.QuoteNonNumeric ? !IsNumber(field) : d.Quoting == CsvFormat.QuoteAll;
            var text = field switch
            {
                PyNone => "",
                PyStr s => s.Value,
                PyFloat => Text.Repr(field),
                _ => Text.Str(field),
            };
            Append(record, text, quoted, count == 0);
            count++;
        }
        if (count > 0 && record.Length == 0)
        {
            // A record of one empty field is written quoted, or it would read back as no field at all.
            if (d.Quoting == CsvFormat.QuoteNone) throw Errors.Raise(CsvModule.Error, "single empty field record must be quoted");
            AppendCodePoint(record, d.QuoteChar);
            AppendCodePoint(record, d.QuoteChar);
        }
        record.Append(d.LineTerminator);
        return _write.Call1(new PyStr(record.ToString()));
    }

    private bool NeedsCare(int c) =>
        c == _format.Delimiter || c == _format.EscapeChar || c == _format.QuoteChar
        || (c <= 0xFFFF ? _format.LineTerminator.Contains((char)c) : _format.LineTerminator.Contains(char.ConvertFromUtf32(c), StringComparison.Ordinal));

    private void Append(StringBuilder record, string field, bool quoted, bool first)
    {
        var d = _format;
        if (!first) AppendCodePoint(record, d.Delimiter);
        if (quoted) AppendCodePoint(record, d.QuoteChar);
        var bodyStart = record.Length;
        for (var i = 0; i < field.Length; i++)
        {
            var c = CsvReader.CodePointAt(field, i);
            var width = c > 0xFFFF ? 2 : 1;
            if (NeedsCare(c))
            {
                var wantEscape = false;
                if (d.Quoting == CsvFormat.QuoteNone) wantEscape = true;
                else
                {
                    if (c == d.QuoteChar)
                    {
                        if (d.DoubleQuote) AppendCodePoint(record, d.QuoteChar);
                        else wantEscape = true;
                    }
                    else if (c == d.EscapeChar) wantEscape = true;
                    if (!wantEscape && !quoted)
                    {
                        // Quoting is decided by the field's content: open the quote before what is already copied.
                        quoted = true;
                        record.Insert(bodyStart, CsvReader.Char(d.QuoteChar));
                        bodyStart += CsvReader.Char(d.QuoteChar).Length;
                    }
                }
                if (wantEscape)
                {
                    if (d.EscapeChar < 0) throw Errors.Raise(CsvModule.Error, "need to escape, but no escapechar set");
                    AppendCodePoint(record, d.EscapeChar);
                }
            }
            record.Append(field, i, width);
            i += width - 1;
        }
        if (quoted) AppendCodePoint(record, d.QuoteChar);
    }

    private static void AppendCodePoint(StringBuilder sb, int c)
    {
        if (c > 0xFFFF) sb.Append(char.ConvertFromUtf32(c));
        else sb.Append((char)c);
    }

    private static PyType CreateType()
    {
        var type = new PyType("writer", null) { Module = "_csv", TpName = "_csv.writer" };
        type.Method("writerow", static (self, row) => ((CsvWriter)self).WriteRow(row));
        type.Method("writerows", static (self, rows) =>
        {
            var writer = (CsvWriter)self;
            var it = rows.Iter() ?? throw Errors.TypeError($"'{rows.Type.TpName}' object is not iterable");
            for (var row = it.Next(); row is not null; row = it.Next()) writer.WriteRow(row);
            return PyNone.Instance;
        });
        return type;
    }
}
